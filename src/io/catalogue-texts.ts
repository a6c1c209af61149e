/**
 * Catalogue texts in the user's language, kept beside the figures in their own files
 * (models/core.texts.en.json, models/dk/texts.en.json, models/dk/texts.da.json), keyed by entry:
 * `ledgers.kommune`, `ledgers.kommune.departments.social`, `categories.benefits`, `perspectives.budget`,
 * `discountPresets.fm-2021`, `refusionRules.refusion_2016`, `taxRules.kommuneskat`, `states.job`,
 * `states.job.components.0`, `confidenceGrades.2`, `interventionTemplates.ips` (its label) and
 * `interventionTemplates.ips.description` and `constants.<id>.note` (a constant's note, see
 * catalogueNotes), and the notes of templates and target groups (`interventionTemplates.ips.evidenceNote`,
 * `….parameters.<name>.note`, `….intervention.costs.<i>.note`, `targetGroups.<id>.note`, see
 * shippedTemplateTexts and catalogueOwnText). A key without a text shows the catalogue's own wording.
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

let shippedNotes: Set<string> | null = null;

/** Every shipped catalogue constant's note, as `id` + NUL + `note`: the texts translate these originals only. */
function shippedConstantNotes(): Set<string> {
  if (!shippedNotes) {
    shippedNotes = new Set();
    for (const { json, parts } of SHIPPED_CATALOGUES) {
      for (const file of [json, ...Object.values(parts ?? {})]) {
        const constants = (file as { constants?: Record<string, { note?: unknown }> }).constants ?? {};
        for (const [id, c] of Object.entries(constants)) if (typeof c.note === 'string') shippedNotes.add(`${id}\u0000${c.note}`);
      }
    }
  }
  return shippedNotes;
}

/**
 * A catalogue constant's note in `language` (key `constants.<id>.note`), but only while the note is
 * the shipped catalogue's own text: a note edited in a scenario or a local catalogue is shown as typed.
 */
export function catalogueNotes(language: TextLanguage): (id: string, note: string) => string {
  const texts = catalogueTexts(language);
  const originals = shippedConstantNotes();
  return (id, note) => {
    const key = `constants.${id}.note`;
    return Object.hasOwn(texts, key) && originals.has(`${id}\u0000${note}`) ? texts[key]! : note;
  };
}

let templateOriginals: Map<string, string> | null = null;

/**
 * The notes, descriptions and sources of every shipped intervention template and target group, by
 * key, with the catalogue's own text: `interventionTemplates.<id>.description`, `….evidenceNote`,
 * `….note`, `….parameters.<name>.note` and `….source`, `….intervention.costs.<i>.note` and `….source`
 * (likewise outcomes), `targetGroups.<id>.note`, `….description` and `….source.locator`.
 */
export function shippedTemplateTexts(): ReadonlyMap<string, string> {
  if (!templateOriginals) {
    const out = new Map<string, string>();
    const put = (key: string, text: unknown) => { if (typeof text === 'string' && text !== '') out.set(key, text); };
    type Notes = { note?: unknown; source?: unknown };
    type Template = Notes & {
      description?: unknown; evidenceNote?: unknown; parameters?: Record<string, Notes>;
      intervention?: { costs?: Notes[]; outcomes?: Notes[] };
    };
    for (const { json, parts } of SHIPPED_CATALOGUES) {
      for (const file of [json, ...Object.values(parts ?? {})]) {
        const f = file as { interventionTemplates?: Record<string, Template>; targetGroups?: Record<string, { note?: unknown; description?: unknown; source?: unknown }> };
        for (const [id, t] of Object.entries(f.interventionTemplates ?? {})) {
          const at = `interventionTemplates.${id}`;
          put(`${at}.description`, t.description);
          put(`${at}.evidenceNote`, t.evidenceNote);
          put(`${at}.note`, t.note);
          for (const [name, p] of Object.entries(t.parameters ?? {})) {
            put(`${at}.parameters.${name}.note`, p.note);
            put(`${at}.parameters.${name}.source`, p.source);
          }
          for (const list of ['costs', 'outcomes'] as const) {
            t.intervention?.[list]?.forEach((c, i) => {
              put(`${at}.intervention.${list}.${i}.note`, c.note);
              put(`${at}.intervention.${list}.${i}.source`, c.source);
            });
          }
        }
        for (const [id, g] of Object.entries(f.targetGroups ?? {})) {
          put(`targetGroups.${id}.note`, g.note);
          put(`targetGroups.${id}.description`, g.description);
          put(`targetGroups.${id}.source.locator`, (g.source as { locator?: unknown } | undefined)?.locator);
        }
      }
    }
    templateOriginals = out;
  }
  return templateOriginals;
}

let ownTextKeys: Map<string, string> | null = null;

/**
 * A template's or target group's note in `language`, found by its text: a scenario copies a
 * template's notes (its parameters', costs' and outcomes'), so the copy is known by being the
 * catalogue's own text, or its translation into either language. A note the user has edited is
 * none of these and is shown as typed.
 */
export function catalogueOwnText(language: TextLanguage): (text: string) => string {
  if (!ownTextKeys) {
    ownTextKeys = new Map();
    for (const [key, text] of shippedTemplateTexts()) {
      for (const t of [text, catalogueTexts('da')[key], catalogueTexts('en')[key]]) if (t && !ownTextKeys.has(t)) ownTextKeys.set(t, key);
    }
  }
  const keys = ownTextKeys;
  const texts = catalogueTexts(language);
  const originals = shippedTemplateTexts();
  return (text) => {
    const key = keys.get(text);
    if (key === undefined) return text;
    return Object.hasOwn(texts, key) ? texts[key]! : originals.get(key) ?? text;
  };
}
