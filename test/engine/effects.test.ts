/**
 * Effects over participant months (docs/semantics.md, "Effects"). Every outcome here is worth
 * 1,200 kr. a person-year to the stat, i.e. 100 kr. a person-month, so a month with the full
 * effect Δ books 100·Δ per participant.
 */
import { describe, expect, it } from 'vitest';
import { group, lineAnnual, noNegativeZero, outcome, project, scenario } from './helpers';
import type { Outcome } from '../../src/engine';

function statAnnual(o: Partial<Outcome>, horizonYears: number, cohorts = [{ count: 1, startMonth: 0 }]): number[] {
  const p = project(scenario([group({ cohorts, outcomes: [outcome(o)] })], { horizonYears }));
  return noNegativeZero(p.ledgers.stat!.annual.map((v) => Math.round(v * 1e9) / 1e9));
}

describe('effects', () => {
  it('starts at participant month `start` and lasts `duration` months', () => {
    // Months 6–17 at 100: year 1 months 6–11 = 600, year 2 months 12–17 = 600.
    expect(statAnnual({ startMonth: 6, durationMonths: 12 }, 2)).toEqual([600, 600]);
    // Months 0–4: 5 × 100 = 500.
    expect(statAnnual({ startMonth: 0, durationMonths: 5 }, 1)).toEqual([500]);
  });

  it('multiplies by the cohort count and follows the cohort\'s start', () => {
    // 3 participants from month 9, months 9–11 in year 1: 3 × 3 × 100 = 900; months 12–20 in year 2: 3 × 9 × 100 = 2,700.
    expect(statAnnual({ durationMonths: 12 }, 2, [{ count: 3, startMonth: 9 }])).toEqual([900, 2_700]);
  });

  it('ramps up linearly: month k has (k − start + 1)/ramp of the effect, the full effect after rampMonths', () => {
    // Factors 1/4, 2/4, 3/4, 1, then 1 × 8 months: 2.5 + 8 = 10.5 → 1,050.
    expect(statAnnual({ rampMonths: 4, durationMonths: 12 }, 1)).toEqual([1_050]);
    // The ramp counts from the effect's start: start 6, months 6–11 = 1/4 + 2/4 + 3/4 + 1 + 1 + 1 = 4.5 → 450.
    expect(statAnnual({ startMonth: 6, rampMonths: 4, durationMonths: 12 }, 1)).toEqual([450]);
    // A cohort from month 3 sees participant months 0–8 in year 1: 2.5 + 5 = 7.5 → 750.
    expect(statAnnual({ rampMonths: 4, durationMonths: 12 }, 1, [{ count: 1, startMonth: 3 }])).toEqual([750]);
  });

  it('decays exponentially by (1 − d) for each whole year since the effect started', () => {
    // d = 0.5, start 6, 36 months (6–41). Months 6–17 × 1, 18–29 × 0.5, 30–41 × 0.25:
    // year 1 (6–11) 6 × 100 = 600; year 2 (12–17, 18–23) 600 + 6 × 50 = 900;
    // year 3 (24–29, 30–35) 300 + 6 × 25 = 450; year 4 (36–41) 150.
    expect(statAnnual({ startMonth: 6, durationMonths: 36, decay: { type: 'exponential', ratePerYear: 0.5 } }, 4))
      .toEqual([600, 900, 450, 150]);
  });

  it('decays linearly: month k has 1 − (k − start)/monthsToZero of the effect', () => {
    // monthsToZero 4: factors 1, 0.75, 0.5, 0.25, 0 … → 2.5 → 250.
    expect(statAnnual({ durationMonths: 12, decay: { type: 'linear', monthsToZero: 4 } }, 1)).toEqual([250]);
    // Without monthsToZero it falls to zero over the duration: 4 months → the same 250.
    expect(statAnnual({ durationMonths: 4, decay: { type: 'linear' } }, 1)).toEqual([250]);
  });

  it('combines a ramp with exponential decay', () => {
    // ramp 3, d = 0.5, 24 months: year 1 = 1/3 + 2/3 + 1 + 9 × 1 = 11 → 1,100; year 2 = 12 × 0.5 = 6 → 600.
    expect(statAnnual({ rampMonths: 3, durationMonths: 24, decay: { type: 'exponential', ratePerYear: 0.5 } }, 2))
      .toEqual([1_100, 600]);
  });

  it('books a negative effect (treated below counterfactual) as a loss', () => {
    // Δ = 0.2 − 0.5 = −0.3; 12 months × 100 × −0.3 = −360.
    expect(statAnnual({ treated: 0.2, counterfactual: 0.5, durationMonths: 12 }, 1)).toEqual([-360]);
  });

  it('applies a lock-in share in its own window, valued like the outcome', () => {
    const o = outcome({
      treated: 0.6, counterfactual: 0.5, startMonth: 6, durationMonths: 6,
      lockIn: { share: -0.06, startMonth: 0, durationMonths: 6 },
    });
    const p = project(scenario([group({ outcomes: [o] })]));
    // Lock-in: months 0–5 × −0.06 × 100 = −36. Effect: Δ = 0.1, months 6–11 × 0.1 × 100 = 60. Net 24.
    expect(lineAnnual(p, ':lockIn:0')[0]).toBeCloseTo(-36, 9);
    expect(lineAnnual(p, ':effect:0')[0]).toBeCloseTo(60, 9);
    expect(p.ledgers.stat!.annual[0]).toBeCloseTo(24, 9);
  });

  it('adds up several outcomes that apply at once', () => {
    const education = outcome({ label: 'Uddannelse', treated: 0.1, counterfactual: 0, durationMonths: 12 }, 2_400, 'kommune');
    const job = outcome({ label: 'Job', treated: 0, counterfactual: 0.06, durationMonths: 12 });
    const p = project(scenario([group({ outcomes: [education, job] })]));
    // Education: 0.1 × 2,400 = 240 to the kommune; job: −0.06 × 1,200 = −72 to the stat.
    expect(p.ledgers.kommune!.annual[0]).toBeCloseTo(240, 9);
    expect(p.ledgers.stat!.annual[0]).toBeCloseTo(-72, 9);
    expect(p.total.annual[0]).toBeCloseTo(168, 9);
  });
});
