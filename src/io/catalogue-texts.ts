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

let templateOriginals: Map<string, string> | null = null;

/**
 * The notes, descriptions, sources and labels of every shipped intervention template and target
 * group, by key, with the catalogue's own text: `interventionTemplates.<id>.description`,
 * `….evidenceNote`, `….note`, `….parameters.<name>` (its label), `….parameters.<name>.note` and
 * `….source`, `….intervention` (its label), `….intervention.costs.<i>` (its label), `….note`,
 * `….source` and `….refund` (the refund's label), likewise outcomes with `….value.perPersonYear.<j>`
 * (a value line's label), and `targetGroups.<id>` (its label), `….note`, `….description` and
 * `….source.locator`; and the template's own label, `interventionTemplates.<id>`.
 */
export function shippedTemplateTexts(): ReadonlyMap<string, string> {
  if (!templateOriginals) {
    const out = new Map<string, string>();
    const put = (key: string, text: unknown) => { if (typeof text === 'string' && text !== '') out.set(key, text); };
    type Notes = { label?: unknown; note?: unknown; source?: unknown };
    type Item = Notes & { refund?: { label?: unknown }; value?: { perPersonYear?: { label?: unknown }[] } };
    type Template = Notes & {
      label?: unknown; description?: unknown; evidenceNote?: unknown; parameters?: Record<string, Notes>;
      intervention?: { label?: unknown; costs?: Item[]; outcomes?: Item[] };
    };
    for (const { json, parts } of SHIPPED_CATALOGUES) {
      for (const file of [json, ...Object.values(parts ?? {})]) {
        const f = file as { interventionTemplates?: Record<string, Template>; targetGroups?: Record<string, { label?: unknown; note?: unknown; description?: unknown; source?: unknown }> };
        for (const [id, t] of Object.entries(f.interventionTemplates ?? {})) {
          const at = `interventionTemplates.${id}`;
          put(at, t.label);
          put(`${at}.description`, t.description);
          put(`${at}.evidenceNote`, t.evidenceNote);
          put(`${at}.note`, t.note);
          put(`${at}.intervention`, t.intervention?.label);
          for (const [name, p] of Object.entries(t.parameters ?? {})) {
            put(`${at}.parameters.${name}`, p.label);
            put(`${at}.parameters.${name}.note`, p.note);
            put(`${at}.parameters.${name}.source`, p.source);
          }
          for (const list of ['costs', 'outcomes'] as const) {
            t.intervention?.[list]?.forEach((c, i) => {
              put(`${at}.intervention.${list}.${i}`, c.label);
              put(`${at}.intervention.${list}.${i}.refund`, c.refund?.label);
              c.value?.perPersonYear?.forEach((v, j) => put(`${at}.intervention.${list}.${i}.value.perPersonYear.${j}`, v.label));
              put(`${at}.intervention.${list}.${i}.note`, c.note);
              put(`${at}.intervention.${list}.${i}.source`, c.source);
            });
          }
        }
        for (const [id, g] of Object.entries(f.targetGroups ?? {})) {
          put(`targetGroups.${id}`, g.label);
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

/** One text of a shipped template or target group in `language`, while it is the catalogue's own (else as it is). */
function localizer(language: TextLanguage): (key: string, text: unknown) => unknown {
  const texts = catalogueTexts(language);
  const originals = shippedTemplateTexts();
  return (key, text) => (typeof text === 'string' && originals.get(key) === text && Object.hasOwn(texts, key) ? texts[key] : text);
}

type Loose = Record<string, unknown> & { [k: string]: unknown };
const record = (v: unknown): Loose | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? v as Loose : undefined);

/**
 * A copy of a shipped template with its words in `language` (labels, notes, sources, descriptions),
 * for a scenario that copies it: a new case or »Tilføj indsats fra skabelon« in English gets English
 * labels, in Danish Danish notes. A template that is not the shipped one (another catalogue's, or
 * edited) keeps its own words, since each text is replaced only while it is the catalogue's own.
 */
export function localizeTemplate<T>(id: string, template: T, language: TextLanguage): T {
  const tr = localizer(language);
  // Templates are JSON data, so a JSON round trip copies them (io has no DOM or Node globals).
  const copy = JSON.parse(JSON.stringify(template)) as T;
  const t = record(copy);
  if (!t) return copy;
  const at = `interventionTemplates.${id}`;
  const set = (o: Loose | undefined, field: string, key: string) => { if (o && field in o) o[field] = tr(key, o[field]); };
  set(t, 'label', at);
  for (const f of ['description', 'evidenceNote', 'note']) set(t, f, `${at}.${f}`);
  for (const [name, p] of Object.entries(record(t.parameters) ?? {})) {
    set(record(p), 'label', `${at}.parameters.${name}`);
    for (const f of ['note', 'source']) set(record(p), f, `${at}.parameters.${name}.${f}`);
  }
  const iv = record(t.intervention);
  set(iv, 'label', `${at}.intervention`);
  for (const list of ['costs', 'outcomes']) {
    const items = iv?.[list];
    if (!Array.isArray(items)) continue;
    items.forEach((raw, i) => {
      const item = record(raw);
      const key = `${at}.intervention.${list}.${i}`;
      set(item, 'label', key);
      for (const f of ['note', 'source']) set(item, f, `${key}.${f}`);
      set(record(item?.refund), 'label', `${key}.refund`);
      const lines = record(item?.value)?.perPersonYear;
      if (Array.isArray(lines)) lines.forEach((v, j) => set(record(v), 'label', `${key}.value.perPersonYear.${j}`));
    });
  }
  return copy;
}

/** A shipped target group's label and description in `language`, while they are the catalogue's own. */
export function localizeTargetGroup<T extends { label: string; description?: string }>(id: string, group: T, language: TextLanguage): T {
  const tr = localizer(language);
  const label = tr(`targetGroups.${id}`, group.label) as string;
  return { ...group, label, ...(group.description === undefined ? {} : { description: tr(`targetGroups.${id}.description`, group.description) as string }) };
}
