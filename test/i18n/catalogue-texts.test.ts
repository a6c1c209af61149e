/**
 * Every user-visible catalogue text exists in Danish and English (issue 11, items 3 and 4), and every
 * example's explanation lines read in the language asked for: no untranslated words, no internal
 * keys (`perParticipantPerMonth`), numbers in the language's format. Translations live in their own
 * files beside the figures (models/core.texts.en.json, models/dk/texts.*.json), keyed by entry.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario, type Model } from '../../src/engine';
import { catalogueNames, catalogueNotes, catalogueOwnText, catalogueTexts, SHIPPED_TEXTS, shippedTemplateTexts } from '../../src/io/catalogue-texts';
import { assembleModel, shippedCatalogue } from '../../src/io/catalogues';
import { parseScenarioJson } from '../../src/io/load-scenario';
import { lineFormulaText, lineLabelText } from '../../src/format/line-text';
import { discountLabel } from '../../src/format/conventions';
import { EXAMPLES } from '../../src/state/examples';

/** Danish function words and abbreviations an English text would not use (legal terms such as »kontanthjælp« are kept). */
const DANISH = /\b(og|ikke|af|til|fra|med|eller|ved|uden|måned|år|pr|kr|refusion ved|fastholdelse|realiseret)\b\.?/i;
/** English words a Danish text would not use. */
const ENGLISH = /\b(the|and|of|with|is|week|hours|per|month|months|year|years|refund|lock-in|share|DKK|gain|cost)\b/i;
/** English words a Danish note would not use (a note is prose: the label list and common words). */
const ENGLISH_NOTE = new RegExp(`${ENGLISH.source}|\\b(an|in|on|not|no|from|are|has|group|persons|people|average|until|after|before|without|only|there|which|where|while|effect|course|brief|example|given|source|price|baseline|provider|support|recipients)\\b`, 'i');
/** Danish words an English note would not use (legal terms such as »kontanthjælp« and »driftsrefusion« are kept). */
const DANISH_NOTE = new RegExp(`${DANISH.source}|\\b(en|et|der|som|den|det|de|på|i alt|personer|uger|mio|mia|gennemsnit|jf|dvs|ca|eksempel|afledt)\\b`, 'i');
/** Keys of the file format that must never reach a reader. */
const INTERNAL = /\b(perParticipant\w*|fixed(PerYear|Once)|[a-z]+\[\d+\]|\w+\.\w+\.\w+)\b/;

const WRONG_NUMBER = {
  da: /\d\.(\d{1,2}|\d{4,})(?!\d)|\d,\d+,\d|\d,\d{3}\.\d|e[-+]\d/,
  en: /\d,(\d{1,2}|\d{4,})(?!\d)|\d\.\d+\.\d|\d\.\d{3},\d|e[-+]\d/,
};

const model = (id: string): Model => {
  const m = assembleModel({ id, version: shippedCatalogue(id)!.version }, undefined);
  if (!m.ok) throw new Error(id);
  return m.value.model;
};

/** The translatable entries of a model, by key, with the catalogue's own (Danish) text. */
function entries(m: Model, templatesOf: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of m.ledgers) {
    out[`ledgers.${l.id}`] = l.label;
    for (const d of l.departments ?? []) out[`ledgers.${l.id}.departments.${d.id}`] = d.label;
  }
  for (const c of m.categories) out[`categories.${c.id}`] = c.label;
  for (const p of m.perspectives) out[`perspectives.${p.id}`] = p.label;
  for (const p of m.discountPresets) out[`discountPresets.${p.id}`] = p.label;
  for (const [id, r] of Object.entries(m.refusionRules)) out[`refusionRules.${id}`] = r.label;
  for (const [id, t] of Object.entries(m.taxRules)) out[`taxRules.${id}`] = t.label;
  for (const [id, s] of Object.entries(m.states)) {
    out[`states.${id}`] = s.label;
    s.components.forEach((c, i) => { out[`states.${id}.components.${i}`] = c.label; });
  }
  for (const g of m.confidenceGrades ?? []) out[`confidenceGrades.${g.grade}`] = g.label;
  // A constant's note: the catalogue writes it in English, texts.da.json gives the Danish.
  for (const [id, c] of Object.entries(m.constants)) if (c.note) out[`constants.${id}.note`] = c.note;
  // A dated constant's periods (docs/semantics.md, "Dated rules") each carry their own note.
  for (const [id, c] of Object.entries(m.constants)) c.periods?.forEach((p, k) => { out[`constants.${id}.periods.${k}.note`] = p.note; });
  for (const [id, t] of Object.entries(shippedCatalogue(templatesOf)?.interventionTemplates ?? {})) {
    out[`interventionTemplates.${id}`] = t.label;
    if (t.description) out[`interventionTemplates.${id}.description`] = t.description;
  }
  // The notes, evidence notes and descriptions of templates and target groups.
  for (const [key, text] of shippedTemplateTexts()) out[key] = text;
  return out;
}

const dk = entries(model('dk'), 'dk');

describe('catalogue texts files', () => {
  it('are all shipped and valid, and name only entries that exist', () => {
    const onDisk = (readdirSync(new URL('../../models/', import.meta.url), { recursive: true }) as string[])
      .filter((f) => /texts\.(da|en)\.json$/.test(f));
    expect(onDisk.sort()).toEqual(SHIPPED_TEXTS.map((t) => t.file).sort());
    const known = new Set(Object.keys(dk));
    const stale = [...Object.keys(catalogueTexts('en')), ...Object.keys(catalogueTexts('da'))].filter((k) => !known.has(k));
    expect(stale).toEqual([]);
  });

  it('tell a number in the wrong language\'s format', () => {
    expect(WRONG_NUMBER.da.test('0.58')).toBe(true);
    expect(WRONG_NUMBER.da.test('100,619.91')).toBe(true);
    expect(WRONG_NUMBER.da.test('Restværdi 4.01e-10')).toBe(true);
    expect(WRONG_NUMBER.da.test('100.619,91 og 0,345')).toBe(false);
    expect(WRONG_NUMBER.en.test('100.619,91')).toBe(true);
    expect(WRONG_NUMBER.en.test('100,619.91 and 0.345')).toBe(false);
  });

  it('give every label in English, in English words (the check can fail)', () => {
    expect(DANISH.test('Kommunal medfinansiering af dagpenge')).toBe(true);
    const en = catalogueNames('en');
    // Template descriptions are written in English in the catalogue itself; every label needs a translation.
    // Constant notes are the catalogue's own English, with Danish legal terms (»kr«, »kontanthjælp«): not checked here.
    const untranslated = Object.entries(dk).filter(([key]) => !/\.(note|evidenceNote|source|locator)$/.test(key))
      .filter(([key, text]) => (!key.endsWith('.description') && en(key, '') === '') || DANISH.test(en(key, text)))
      .map(([key, text]) => `${key}: ${en(key, text)}`);
    expect(untranslated).toEqual([]);
  });

  it('give every label, template description and constant note in Danish, without English words', () => {
    expect(ENGLISH.test('A personal mentor ≈1.5 hours a week')).toBe(true);
    const da = catalogueNames('da');
    const english = Object.entries(dk).filter(([key, text]) => ENGLISH.test(da(key, text))).map(([key, text]) => `${key}: ${da(key, text)}`);
    expect(english).toEqual([]);
  });
});

describe('catalogue texts shown to the user', () => {
  it('cite no file of the project (docs/…md) in either language', () => {
    const cited = (['da', 'en'] as const).flatMap((language) => {
      const names = catalogueNames(language);
      return Object.entries(dk).map(([key, text]) => names(key, text)).filter((t) => /\.md\b|docs\//.test(t));
    });
    expect(cited).toEqual([]);
  });
});

describe('every example\'s explanation lines and discount label', () => {
  for (const example of EXAMPLES) {
    it(`${example.id}: read in Danish and in English, with each language's numbers`, () => {
      const loaded = parseScenarioJson(example.json);
      if (!loaded.ok) throw new Error(example.id);
      const { scenario } = loaded.value;
      const m = assembleModel(scenario.catalogue, scenario.model);
      if (!m.ok) throw new Error(example.id);
      const run = runScenario(scenario, m.value.model);
      if (!run.ok) throw new Error(JSON.stringify(run.errors));
      const problems: string[] = [];
      for (const language of ['da', 'en'] as const) {
        const names = catalogueNames(language);
        const texts = [
          discountLabel(run.value.discount, language, names),
          ...run.value.lines.flatMap((l) => [lineLabelText(l.label, language, names), lineFormulaText(l.formula, language, names)]),
        ];
        // Labels the user typed into the scenario are the user's words: only the words we add are checked.
        const userWords = new Set(scenario.targetGroups.flatMap((g) => g.interventions.flatMap((iv) => [
          ...iv.costs.flatMap((c) => [c.label, c.refund?.label ?? '']),
          ...iv.outcomes.flatMap((o) => [o.label, ...(o.value.type === 'direct' ? o.value.perPersonYear.map((v) => v.label ?? '') : [])]),
        ])).filter(Boolean));
        for (const raw of texts) {
          let text = raw;
          for (const w of userWords) text = text.split(w).join('');
          if (INTERNAL.test(text)) problems.push(`${language} internal: ${raw}`);
          if (language === 'en' && DANISH.test(text)) problems.push(`en Danish: ${raw}`);
          if (language === 'da' && ENGLISH.test(text)) problems.push(`da English: ${raw}`);
          // Danish groups thousands with '.' and has a decimal comma; English the other way round. A
          // separator followed by other than three digits, or two groups of the decimal kind, is the wrong language's.
          if (language === 'da' && WRONG_NUMBER.da.test(text)) problems.push(`da number: ${raw}`);
          if (language === 'en' && WRONG_NUMBER.en.test(text)) problems.push(`en number: ${raw}`);
        }
        // The notes of the catalogue's constants, as the explanation and the report's assumption log show
        // them: Danish in Danish mode. A constant the scenario itself defines carries the user's note.
        if (language === 'da') {
          const notes = catalogueNotes(language);
          const own = new Set(Object.keys(scenario.model?.constants ?? {}));
          for (const [id, c] of Object.entries(m.value.model.constants)) {
            if (!c.note || own.has(id)) continue;
            const note = notes(id, c.note);
            if (ENGLISH.test(note)) problems.push(`da note of ${id}: ${note}`);
            // A dated constant shows the note of the period used: every period's note is Danish too.
            for (const p of c.periods ?? []) {
              const dated = notes(id, p.note);
              if (ENGLISH.test(dated)) problems.push(`da note of ${id} from ${p.validFrom}: ${dated}`);
            }
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

/** A reference to a part of a source (»§ 7.5.1«, »Tabel 6.4«, »Boks 4.3 og 4.6«, »A.1«) is no number: it keeps its dots in both languages. */
const REFERENCE = /(§+\s*|\b(?:Tabel|Table|Boks|Box|Bilag|Figur|kap\.|ch\.|afsnit|anbefaling|recommendation|forslag|proposal)\s+|\b[A-C]\.)\d+(\.\d+)*((\s+(og|and)\s+|,\s*)(§\s*)?\d+\.\d+(\.\d+)*)*/gi;
const withoutReferences = (text: string) => text.replace(REFERENCE, '§');
/** Every figure of a text as a number, read the language's way (1.234,5 in Danish, 1,234.5 in English). */
function figures(text: string, language: 'da' | 'en'): number[] {
  const found = withoutReferences(text).match(language === 'da' ? /\d+(\.\d{3})*(,\d+)?/g : /\d+(,\d{3})*(\.\d+)?/g) ?? [];
  return found.map((n) => Number(language === 'da' ? n.replace(/\.(?=\d{3})/g, '').replace(',', '.') : n.replace(/,(?=\d{3})/g, ''))).sort((a, b) => a - b);
}

describe('the notes of every template and target group', () => {
  const texts = [...shippedTemplateTexts()];

  it('are many: every template has notes, every target group a note', () => {
    expect(texts.filter(([k]) => k.startsWith('interventionTemplates.') && k.includes('.parameters.')).length).toBeGreaterThan(50);
    expect(texts.filter(([k]) => /^targetGroups\.[^.]+\.note$/.test(k)).length).toBeGreaterThan(25);
  });

  it('tell English words, a wrong number format and a changed figure (the checks can fail)', () => {
    expect(ENGLISH.test('Control group ≈21 %.')).toBe(false);
    expect(/\b(group|persons|week|the|of)\b/i.test('Control group ≈21 %.')).toBe(true);
    expect(WRONG_NUMBER.da.test(withoutReferences('0.58 af personerne'))).toBe(true);
    expect(figures('82,100 personer', 'da')).not.toEqual(figures('82,100 persons', 'en'));
    expect(WRONG_NUMBER.da.test(withoutReferences('Tabel 6.4 og § 7.5.1, Boks 4.3 og 4.6: 82.100 personer'))).toBe(false);
    expect(figures('82.100 personer, 0,5 og § 7.5.1', 'da')).toEqual(figures('82,100 persons, 0.5 and §7.5.1', 'en'));
    expect(figures('82.100 personer', 'da')).not.toEqual(figures('82,000 persons', 'en'));
  });

  it('are all in Danish in Danish mode: translated, no English words, Danish numbers, the same figures', () => {
    const da = catalogueNames('da');
    const problems: string[] = [];
    for (const [key, original] of texts) {
      const text = da(key, original);
      if (text === original && ENGLISH_NOTE.test(original)) problems.push(`${key}: untranslated: ${original}`);
      else if (ENGLISH_NOTE.test(text)) problems.push(`${key}: English words: ${text}`);
      if (WRONG_NUMBER.da.test(withoutReferences(text))) problems.push(`${key}: number format: ${text}`);
      if (text !== original && figures(text, 'da').join() !== figures(original, 'en').join()) problems.push(`${key}: figures ${figures(text, 'da').join(' ')} ≠ ${figures(original, 'en').join(' ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('are all in English in English mode, with English numbers', () => {
    const en = catalogueNames('en');
    const problems: string[] = [];
    for (const [key, original] of texts) {
      const text = en(key, original);
      if (DANISH_NOTE.test(text)) problems.push(`${key}: Danish words: ${text}`);
      if (WRONG_NUMBER.en.test(withoutReferences(text))) problems.push(`${key}: number format: ${text}`);
    }
    expect(problems).toEqual([]);
  });

  it('are found by their text when a scenario has copied them, in both directions; an edited note is shown as typed', () => {
    const [key, original] = texts.find(([k]) => k === 'interventionTemplates.ips.parameters.forloeb_maaneder.note')!;
    const danish = catalogueTexts('da')[key]!;
    expect(danish).toBeDefined();
    expect(catalogueOwnText('da')(original)).toBe(danish);
    expect(catalogueOwnText('en')(danish)).toBe(original);
    expect(catalogueOwnText('da')(`${original} Vores egen tilføjelse.`)).toBe(`${original} Vores egen tilføjelse.`);
  });
});
