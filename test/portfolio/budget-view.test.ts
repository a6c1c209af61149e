/**
 * The budget view (docs/portfolio.md §1), by hand. One participant a year for 5 years, in 2015 prices,
 * budget year 2027, an index with I(2015) = 100 and I(2027) = 124, so every amount × 1,24:
 *   - a course 12.000 kr./år inside the serviceramme (kommune/beskaeftigelse, intervention)
 *     and a transport 1.200 kr./år marked outside it;
 *   - kontanthjælp saved 120.000 kr. a person-year (kommune/beskaeftigelse, benefits: cashable)
 *   - health care saved 6.000 kr. (kommune/sundhed, health: not cashable in the core catalogue)
 *   - a tax gain of 24.000 kr. (kommune, taxes) marked bankable: false on the value line itself.
 * Year 1 (1 participant): service inside −12.000 × 1,24 = −14.880; outside −1.488; transfers 148.800;
 * taxes 29.760; gains that can be taken back 148.800; gains that cannot 7.440 + 29.760 = 37.200.
 * Year 2 (2 participants, one of each cohort): everything × 2.
 */
import { describe, expect, it } from 'vitest';
import { budgetView } from '../../src/engine';
import { coreModel, cost, group, outcome, project, scenario } from '../engine/helpers';

const model = coreModel({ priceIndices: { pl: { label: 'Test', values: [{ year: 2015, value: 100 }, { year: 2027, value: 124 }], source: { title: 'test' }, note: 'test' } } });

const s = scenario([group({
  cohorts: [0, 12, 24, 36, 48].map((m) => ({ count: 1, startMonth: m })),
  costs: [
    cost({ label: 'Kursus', amount: 12_000, basis: 'perParticipantPerYear', payer: { ledger: 'kommune', department: 'beskaeftigelse' } }),
    cost({ label: 'Transport', amount: 1_200, basis: 'perParticipantPerYear', payer: { ledger: 'kommune', department: 'beskaeftigelse' }, serviceFrame: 'outside' }),
  ],
  outcomes: [outcome({
    value: { type: 'direct', perPersonYear: [
      { ledger: 'kommune', department: 'beskaeftigelse', category: 'benefits', amount: 120_000 },
      { ledger: 'kommune', department: 'sundhed', category: 'health', amount: 6_000 },
      { ledger: 'kommune', category: 'taxes', amount: 24_000, bankable: false },
    ] },
  })],
})], { horizonYears: 6, firstYear: 2027, priceYear: 2015 });

describe('the budget view', () => {
  const view = budgetView(s, model, project(s, model));

  it('shows the budget year and three overslagsår in the budget year\'s price level', () => {
    expect(view.years.map((y) => y.calendarYear)).toEqual([2027, 2028, 2029, 2030]);
    expect(view.priceLevel).toEqual({ kind: 'repriced', fromYear: 2015, toYear: 2027, index: 'pl', factor: 1.24 });
  });

  it('splits service inside and outside the serviceramme, transfers and taxes', () => {
    const k = view.ledgers.kommune!;
    const times = (v: number) => [1, 2, 3, 4].map((n) => n * v);
    // Service inside: the course (−14.880) and the health saving (+7.440), a service category too.
    expect(k.byKind.serviceInside.map((v) => +v.toFixed(2))).toEqual(times(-7_440));
    expect(k.byKind.serviceOutside.map((v) => +v.toFixed(2))).toEqual(times(-1_488));
    expect(k.byKind.transfers.map((v) => +v.toFixed(2))).toEqual(times(148_800));
    expect(k.byKind.taxes.map((v) => +v.toFixed(2))).toEqual(times(29_760));
  });

  it('sums gains that can and cannot be taken back apart', () => {
    const k = view.ledgers.kommune!;
    expect(k.bankable.map((v) => +v.toFixed(2))).toEqual([148_800, 297_600, 446_400, 595_200]);
    expect(k.notBankable.map((v) => +v.toFixed(2))).toEqual([37_200, 74_400, 111_600, 148_800]);
  });

  it('gives a row per forvaltning, whose nets add up to the ledger', () => {
    const rows = view.rows.filter((r) => r.ledger === 'kommune');
    expect(rows.map((r) => r.department)).toEqual(['-', 'beskaeftigelse', 'sundhed']);
    const net = rows.reduce((sum, r) => sum.map((v, y) => v + r.net[y]!), [0, 0, 0, 0]);
    expect(net.map((v) => +v.toFixed(2))).toEqual(view.ledgers.kommune!.net.map((v) => +v.toFixed(2)));
    // Year 1: −14.880 − 1.488 + 148.800 + 7.440 + 29.760 = 169.632.
    expect(+view.ledgers.kommune!.net[0]!.toFixed(2)).toBe(169_632);
  });

  it('leaves amounts in the scenario\'s prices when there is no budget year', () => {
    const { firstYear: _f, ...settings } = s.settings;
    const plain = { ...s, settings };
    const v = budgetView(plain, model, project(plain, model));
    expect(v.priceLevel).toEqual({ kind: 'unchanged', reason: 'no-calendar' });
    expect(v.years.map((y) => y.calendarYear)).toEqual([null, null, null, null]);
  });
});
