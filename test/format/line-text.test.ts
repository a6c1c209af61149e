/**
 * The engine returns what a line is and how it was computed as facts; src/format/line-text.ts puts
 * them into Danish or English words with each language's number format.
 */
import { describe, expect, it } from 'vitest';
import { lineFormulaText, lineLabelText } from '../../src/format/line-text';
import { discountLabel } from '../../src/format/conventions';
import type { LineFormula, LineLabel } from '../../src/engine';

const kontant = { key: 'states.kontanthjaelp', text: 'Kontanthjælp' };
const ydelse = { key: 'states.kontanthjaelp.components.0', text: 'Kontanthjælp' };

describe('line labels', () => {
  it('names a refund, a lock-in and a tax in the reader\'s language', () => {
    const refund: LineLabel = { kind: 'refund', cost: 'Mentor', label: null };
    expect(lineLabelText(refund, 'da')).toBe('Mentor (refusion)');
    expect(lineLabelText(refund, 'en')).toBe('Mentor (refund)');
    const tax: LineLabel = {
      kind: 'lockIn', outcome: 'I job',
      value: { kind: 'tax', tax: { key: 'taxRules.kommuneskat', text: 'Kommuneskat' }, component: ydelse, state: kontant, side: 'from' },
    };
    expect(lineLabelText(tax, 'da')).toBe('I job (fastholdelse): Kommuneskat af kontanthjælp, Kontanthjælp (fra)');
    expect(lineLabelText(tax, 'en', (key, text) => key === 'taxRules.kommuneskat' ? 'Municipal tax' : text))
      .toBe('I job (lock-in): Municipal tax on kontanthjælp, Kontanthjælp (from)');
  });

  it('marks a cost booked by follow-up with its year', () => {
    expect(lineLabelText({ kind: 'cost', label: 'Mentor', realisedYear: 2 }, 'da')).toBe('Mentor (realiseret år 2)');
  });
});

describe('line formulas', () => {
  it('writes a cost with Danish grouping and the basis in words, not the file\'s key', () => {
    const cost: LineFormula = {
      kind: 'cost', part: 'payer', amount: 2500, basis: 'perParticipantPerMonth', refundShare: 0.5,
      window: { from: 0, to: 5 }, optimism: [],
    };
    expect(lineFormulaText(cost, 'da')).toBe('−2.500 kr. pr. deltager pr. måned × (1 − 0,5), måned 0–5');
    expect(lineFormulaText(cost, 'en')).toBe('−DKK 2,500 per participant per month × (1 − 0.5), months 0–5');
    expect(lineFormulaText({ ...cost, part: 'refund', basis: 'fixedOnce', window: { from: 3, to: 3 } }, 'da'))
      .toBe('−2.500 kr. fast, én gang × 0,5, måned 3');
  });

  it('writes an effect valued by a state with refusion, and the optimism correction', () => {
    const effect: LineFormula = {
      kind: 'effect', treated: 0.4, counterfactual: 0.25, delta: 0.15, window: { from: 12, to: 71 },
      value: { kind: 'monthly', sign: 1, monthly: 14203, state: 'kontanthjaelp', refusion: { rule: 'refusion_2016', part: 'payer' } },
      optimism: [{ grade: 2, gain: 0.9, cost: 1.1 }],
    };
    // 14,203 in da-DK is 14.203; the shares use a decimal comma.
    expect(lineFormulaText(effect, 'da')).toBe(
      "Δ = 0,4 − 0,25 = 0,15, måned 12–71 × +14.203 kr./md. × (1 − refusion 'refusion_2016' ved anciennitet) (kontanthjaelp)"
      + ' × optimismekorrektion (karakter 2: gevinst × 0,9, omkostning × 1,1)');
    expect(lineFormulaText(effect, 'en')).toContain("+14,203 DKK/month × (1 − refund 'refusion_2016' by seniority)");
  });

  it('writes a tax on a wage net of AM-bidrag and the wage deduction in brackets', () => {
    const lockIn: LineFormula = {
      kind: 'lockIn', share: 0.5, optimism: [],
      value: {
        kind: 'tax', sign: 1, rate: 0.249, base: {
          monthly: 25000, deductFirst: [{ rate: 0.08, tax: { key: 'taxRules.am', text: 'AM-bidrag' } }],
          wageDeduction: { share: 0.106, maxPerYear: 26800 },
        },
      },
    };
    expect(lineFormulaText(lockIn, 'da'))
      .toBe('fastholdelse 0,5 × +0,249 × (25.000 kr./md. − 0,08 × 25.000 (AM-bidrag) − min(0,106 × 25.000, 26.800/12) (fradrag))');
  });
});

describe('discount label', () => {
  it('names a preset, or own bands in the language\'s percent format', () => {
    const base = { timing: 'start' as const, factors: [], convention: '' };
    expect(discountLabel({ ...base, preset: { id: 'fm', label: '3,5 %' }, bands: [] }, 'da')).toBe('3,5 %');
    const bands = [{ fromYear: 1, rate: 0.04 }, { fromYear: 36, rate: 0.03 }];
    expect(discountLabel({ ...base, preset: null, bands }, 'da')).toBe('4,00 % fra år 1, 3,00 % fra år 36');
    expect(discountLabel({ ...base, preset: null, bands }, 'en')).toBe('4.00% from year 1, 3.00% from year 36');
  });
});
