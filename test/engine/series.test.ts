/**
 * Result series (docs/semantics.md "Results"): totals of gains and costs, BCR and ROI, payback on a
 * projection, and per-participant figures.
 *
 * The base case: a fixed cost of 1,200 kr. to the kommune in month 0; one participant moved into
 * work for year 2 (months 12–23), worth 2,400 kr. a year (200 a month) to the stat.
 */
import { describe, expect, it } from 'vitest';
import { perParticipant } from '../../src/engine';
import { cost, group, outcome, project, scenario } from './helpers';
import type { Settings } from '../../src/engine';

function base(settings: Partial<Settings> = {}) {
  const g = group({ costs: [cost({ amount: 1_200 })], outcomes: [outcome({ startMonth: 12, durationMonths: 12 }, 2_400)] });
  return project(scenario([g], { horizonYears: 2, ...settings }));
}

describe('result series', () => {
  it('sums annual nets into cumulative nets', () => {
    const p = base();
    expect(p.total.annual).toEqual([-1_200, 2_400]);
    expect(p.total.cumulative).toEqual([-1_200, 1_200]);
  });

  it('gives totals of gains and costs, BCR = 2,400/1,200 = 2 and ROI = 1 undiscounted', () => {
    const t = base().total;
    expect(t.totalGains).toBe(2_400);
    expect(t.totalCosts).toBe(1_200);
    expect(t.bcr).toBe(2);
    expect(t.roi).toBe(1);
  });

  it('discounts gains and costs before dividing (flat-5, start timing: BCR = (2,400/1.05)/1,200 = 1.9048)', () => {
    const t = base({ discount: { preset: 'flat-5' } }).total;
    expect(t.pvGains).toBeCloseTo(2_400 / 1.05, 9);
    expect(t.pvCosts).toBeCloseTo(1_200, 9);
    expect(t.bcr).toBeCloseTo(2 / 1.05, 12);
    expect(t.roi).toBeCloseTo(2 / 1.05 - 1, 12);
  });

  it('has no BCR or ROI for a ledger without costs, and BCR 0 for one without gains', () => {
    const p = base();
    expect(p.ledgers.stat!.bcr).toBeNull();
    expect(p.ledgers.stat!.roi).toBeNull();
    expect(p.ledgers.kommune!.bcr).toBe(0);
    expect(p.ledgers.kommune!.roi).toBe(-1);
  });

  it('counts gains and costs line by line, so a saving does not hide a cost in the same year and ledger', () => {
    const g = group({ costs: [cost({ amount: 1_000 })], outcomes: [outcome({}, 1_200, 'kommune')] });
    const k = project(scenario([g])).ledgers.kommune!;
    // Net 1,200 − 1,000 = 200, but gains 1,200 and costs 1,000: BCR 1.2.
    expect(k.annual[0]).toBeCloseTo(200, 9);
    expect(k.totalGains).toBeCloseTo(1_200, 9);
    expect(k.totalCosts).toBe(1_000);
    expect(k.bcr).toBeCloseTo(1.2, 12);
  });

  it('finds the payback time on the monthly series: −1,200 + 6 × 200 = 0 at the end of month 17 → 1.5 years', () => {
    const p = base();
    // Cumulative −200 after month 16 (time 17/12); month 17 adds 200: (17 + 200/200)/12 = 1.5.
    expect(p.total.paybackYears).toBeCloseTo(1.5, 12);
    expect(p.ledgers.kommune!.paybackYears).toBeNull();
    expect(p.ledgers.stat!.paybackYears).toBe(0);
  });

  it('labels the years with the calendar year when the scenario gives one', () => {
    expect(base({ firstYear: 2027 }).years).toEqual([{ year: 1, calendarYear: 2027 }, { year: 2, calendarYear: 2028 }]);
    expect(base().years[1]).toEqual({ year: 2, calendarYear: null });
  });
});

describe('per participant', () => {
  // 2 participants from month 0 and 3 from month 30: the latter start after the 2-year horizon.
  const g = group({
    cohorts: [{ count: 2, startMonth: 0 }, { count: 3, startMonth: 30 }],
    costs: [cost({ basis: 'perParticipantPerYear', amount: 1_200, durationMonths: 12 })],
    outcomes: [outcome({ startMonth: 12, durationMonths: 12 }, 2_400)],
  });
  const p = project(scenario([g], { horizonYears: 2 }));

  it('counts only participants who start within the horizon', () => {
    expect(p.participants).toBe(2);
  });

  it('divides every amount by those participants, leaving payback and BCR alone', () => {
    const pp = perParticipant(p.total, p.participants);
    // Totals: year 1 −2 × 1,200 = −2,400; year 2 +2 × 2,400 = 4,800. Per participant: −1,200, 2,400.
    expect(pp.annual).toEqual([-1_200, 2_400]);
    expect(pp.cumulative).toEqual([-1_200, 1_200]);
    expect(pp.npv).toBe(1_200);
    expect(pp.totalGains).toBe(2_400);
    expect(pp.totalCosts).toBe(1_200);
    expect(pp.byCategory.intervention).toEqual([-1_200, 0]);
    expect(pp.bcr).toBe(p.total.bcr);
    expect(pp.paybackYears).toBe(p.total.paybackYears);
  });

  it('returns the series unchanged when nobody takes part', () => {
    expect(perParticipant(p.total, 0)).toBe(p.total);
  });
});
