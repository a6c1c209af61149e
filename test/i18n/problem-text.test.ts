/**
 * File and calculation problems in the reader's language (issue 11, item 3): the field path in words
 * and the message in Danish. Walks the problems of many broken files and fails on English words or
 * internal paths left in the Danish text.
 */
import { describe, expect, it } from 'vitest';
import { fieldPathText, problemMessageText, problemText } from '../../src/format/problem-text';
import { loadAndRun } from '../../src/io/load-scenario';
import { ipsWith, type EditableFile } from '../io/helpers';

const ENGLISH = /\b(expected|got|unknown|missing|known|field|fields|the|is|not|or more|or less|item|none|nothing)\b/i;
const INTERNAL = /[a-z]+\[\d+\]|\b[a-z]+[A-Z]\w*\b/;

const cost = (f: EditableFile) => f.targetGroups[0].interventions[0].costs[0];
const broken: Record<string, (f: EditableFile) => void> = {
  'negative count': (f) => { f.targetGroups[0].cohorts[0].count = -3; },
  'missing label': (f) => { delete cost(f).label; },
  'amount is a list': (f) => { cost(f).amount = [1]; },
  'unknown field': (f) => { cost(f).colour = 'red'; },
  'unknown basis': (f) => { cost(f).basis = 'weekly'; },
  'unknown ledger': (f) => { cost(f).payer = { ledger: 'fond' }; },
  'unknown name in expression': (f) => { cost(f).amount = 'pris * 2'; },
  'horizon 0': (f) => { f.settings.horizonYears = 0; },
  'unknown perspective': (f) => { f.settings.perspective = 'cosmic'; },
  'unknown preset': (f) => { f.settings.discount = { preset: 'fm-1899' }; },
  'treated above 1': (f) => { f.targetGroups[0].interventions[0].outcomes[0].treated = 1.5; },
  'parameter cycle': (f) => { f.parameters.a = { value: 'b' }; f.parameters.b = { value: 'a' }; },
};

describe('field paths in words', () => {
  it('names a cost\'s amount as the user finds it in the editor', () => {
    expect(fieldPathText('targetGroups[0].interventions[0].costs[0].amount')).toBe('Målgruppe 1 › Indsats 1 › Udgift 1 › Beløb');
    expect(fieldPathText('targetGroups[0].interventions[0].costs[0].amount', 'en')).toBe('Target group 1 › Intervention 1 › Cost 1 › Amount');
    expect(fieldPathText('parameters.effekt_aar.value')).toBe('Parameter effekt_aar › Værdi');
    expect(fieldPathText('settings.horizonYears')).toBe('Indstillinger › Horisont (år)');
  });
});

describe('messages in Danish', () => {
  it('puts the shapes of io and the engine into Danish', () => {
    expect(problemMessageText('expected 1 or more, got -3')).toBe('forventede mindst 1, fik -3');
    expect(problemMessageText('is missing (expected string)')).toBe('mangler (forventede en tekst)');
    expect(problemMessageText("unknown ledger 'fond' (known: kommune, region, stat)")).toBe("ukendt kasse 'fond' (kendte: kommune, region, stat)");
    expect(problemMessageText('expected 1 or more, got -3', 'en')).toBe('expected 1 or more, got -3');
  });

  for (const [name, change] of Object.entries(broken)) {
    it(`${name}: refused with a Danish message at a path in words`, () => {
      const r = loadAndRun(ipsWith(change));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const texts = r.errors.map((e) => problemText(e, 'da'));
      // Quoted values and the list of known ids are what the file must contain: not words to translate.
      const words = (t: string) => t.replace(/'[^']*'|"[^"]*"|\(kendte: [^)]*\)/g, '');
      const left = texts.filter((t) => ENGLISH.test(words(t)) || INTERNAL.test(words(t)));
      expect(left).toEqual([]);
    });
  }
});
