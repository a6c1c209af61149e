/**
 * Catalogue texts in the user's language, kept beside the figures in their own files
 * (models/core.texts.en.json, models/dk/texts.en.json, models/dk/texts.da.json), keyed by entry:
 * `ledgers.kommune`, `ledgers.kommune.departments.social`, `categories.benefits`, `perspectives.budget`,
 * `discountPresets.fm-2021`, `refusionRules.refusion_2016`, `taxRules.kommuneskat`, `states.job`,
 * `states.job.components.0`, `confidenceGrades.2`, `interventionTemplates.ips` (its label) and
 * `interventionTemplates.ips.description`. A key without a text shows the catalogue's own wording.
 */
import { z } from 'zod';
import coreEn from '../../models/core.texts.en.json';
import dkEn from '../../models/dk/texts.en.json';
import dkDa from '../../models/dk/texts.da.json';

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
