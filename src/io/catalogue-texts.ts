/**
 * Catalogue texts in the user's language, kept beside the figures in their own files
 * (models/core.texts.en.json, models/dk/texts.en.json, models/dk/texts.da.json), keyed by entry:
 * `ledgers.kommune`, `ledgers.kommune.departments.social`, `categories.benefits`, `perspectives.budget`,
 * `discountPresets.fm-2021`, `refusionRules.refusion_2016`, `taxRules.kommuneskat`, `states.job`,
 * `states.job.components.0`, `confidenceGrades.2`, `interventionTemplates.ips` (its label) and
 * `interventionTemplates.ips.description` and `constants.<id>.note` (a constant's note, see
 * catalogueNotes). A key without a text shows the catalogue's own wording.
 */
import { z } from 'zod';
import coreEn from '../../models/core.texts.en.json';
import dkEn from '../../models/dk/texts.en.json';
import dkDa from '../../models/dk/texts.da.json';
import { SHIPPED_CATALOGUES } from './shipped-catalogues';

export type TextLanguage = 'da' | 'en';

export const CatalogueTextsSchema = z.strictObject({
  kind: z.literal('afkast.catalogue-texts'),
  catalogue: z.string().min(1),
  language: z.enum(['da', 'en']),
  texts: z.record(z.string().regex(/^[A-Za-z]+(\.[^.\s]+)+$/), z.string().min(1)),
});

export type CatalogueTexts = z.infer<typeof CatalogueTextsSchema>;

/** Every shipped texts file, with its path under models/ (test/models checks the list against the disk). */
export const SHIPPED_TEXTS: { file: string; json: unknown }[] = [
  { file: 'core.texts.en.json', json: coreEn },
  { file: 'dk/texts.en.json', json: dkEn },
  { file: 'dk/texts.da.json', json: dkDa },
];

let merged: Record<TextLanguage, Record<string, string>> | null = null;

/** All shipped texts of one language, merged (core's keys and dk's keys do not overlap). A broken file is a build defect. */
export function catalogueTexts(language: TextLanguage): Readonly<Record<string, string>> {
  if (!merged) {
    merged = { da: {}, en: {} };
    for (const { file, json } of SHIPPED_TEXTS) {
      const parsed = CatalogueTextsSchema.safeParse(json);
      if (!parsed.success) throw new Error(`models/${file}: ${parsed.error.message}`);
      Object.assign(merged[parsed.data.language], parsed.data.texts);
    }
  }
  return merged[language];
}

/** A lookup for src/format/line-text.ts and the UI: the text for `key` in `language`, else the catalogue's `text`. */
export function catalogueNames(language: TextLanguage): (key: string, text: string) => string {
  const texts = catalogueTexts(language);
  return (key, text) => (Object.hasOwn(texts, key) ? texts[key]! : text);
}

let shippedNotes: Map<string, string> | null = null;

/**
 * Every shipped catalogue constant's note, as `id` + NUL + `note`, with the key of its text: the texts
 * translate these originals only. A dated constant's period notes (docs/semantics.md, "Dated rules") are
 * keyed `constants.<id>.periods.<k>.note`.
 */
function shippedConstantNotes(): Map<string, string> {
  if (!shippedNotes) {
    shippedNotes = new Map();
    for (const { json, parts } of SHIPPED_CATALOGUES) {
      for (const file of [json, ...Object.values(parts ?? {})]) {
        const constants = (file as { constants?: Record<string, { note?: unknown; periods?: { note?: unknown }[] }> }).constants ?? {};
        for (const [id, c] of Object.entries(constants)) {
          if (typeof c.note === 'string') shippedNotes.set(`${id}\u0000${c.note}`, `constants.${id}.note`);
          (Array.isArray(c.periods) ? c.periods : []).forEach((p, k) => {
            if (typeof p.note === 'string') shippedNotes!.set(`${id}\u0000${p.note}`, `constants.${id}.periods.${k}.note`);
          });
        }
      }
    }
  }
  return shippedNotes;
}

/**
 * A catalogue constant's note in `language` (key `constants.<id>.note`, or `constants.<id>.periods.<k>.note`
 * for a dated constant's period), but only while the note is the shipped catalogue's own text: a note edited
 * in a scenario or a local catalogue is shown as typed.
 */
export function catalogueNotes(language: TextLanguage): (id: string, note: string) => string {
  const texts = catalogueTexts(language);
  const originals = shippedConstantNotes();
  return (id, note) => {
    const key = originals.get(`${id}\u0000${note}`);
    return key !== undefined && Object.hasOwn(texts, key) ? texts[key]! : note;
  };
}
