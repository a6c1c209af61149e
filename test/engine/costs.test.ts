/**
 * Cost bases (docs/semantics.md, "Costs of an intervention"), with windows that cross year boundaries
 * and two cohorts: A = 2 participants from month 0, B = 3 participants from month 10.
 * Per-participant bases follow each cohort's start; fixed bases run in scenario months and are
 * not multiplied by participants. Costs are booked negative.
 */
import { describe, expect, it } from 'vitest';
import { cost, group, noNegativeZero, project, scenario } from './helpers';
import type { CostItem } from '../../src/engine';

const TWO_COHORTS = [{ count: 2, startMonth: 0 }, { count: 3, startMonth: 10 }];

function kommuneAnnual(item: CostItem, horizonYears = 3, cohorts = TWO_COHORTS): number[] {
  const p = project(scenario([group({ cohorts, costs: [item] })], { horizonYears }));
  return noNegativeZero(p.ledgers.kommune!.annual);
}

describe('cost bases', () => {
  it('books per participant per year as amount/12 a month in each cohort\'s window', () => {
    const annual = kommuneAnnual(cost({ basis: 'perParticipantPerYear', amount: 12_000, startMonth: 6, durationMonths: 12 }));
    // 12,000/12 = 1,000 a participant-month.
    // A (2): months 6–17 → year 1: 6 × 2 × 1,000 = 12,000; year 2: 6 × 2 × 1,000 = 12,000.
    // B (3): participant months 6–17 = scenario months 16–27 → year 2: months 16–23 = 8 × 3,000 = 24,000;
    //        year 3: months 24–27 = 4 × 3,000 = 12,000.
    expect(annual).toEqual([-12_000, -36_000, -12_000]);
  });

  it('books per participant per month as the full amount each month of the window', () => {
    const annual = kommuneAnnual(cost({ basis: 'perParticipantPerMonth', amount: 500, startMonth: 10, durationMonths: 4 }));
    // A: months 10–13 → year 1: months 10, 11 = 2 × 2 × 500 = 2,000; year 2: months 12, 13 = 2,000.
    // B: months 20–23 → year 2: 4 × 3 × 500 = 6,000.
    expect(annual).toEqual([-2_000, -8_000, 0]);
  });

  it('books per participant once in the cohort\'s participant month `start`, ignoring the duration', () => {
    const annual = kommuneAnnual(cost({ basis: 'perParticipantOnce', amount: 5_000, startMonth: 14, durationMonths: 1 }));
    // A: month 14 (year 2) 2 × 5,000 = 10,000; B: month 10 + 14 = 24 (year 3) 3 × 5,000 = 15,000.
    expect(annual).toEqual([0, -10_000, -15_000]);
  });

  it('books fixed per year as amount/12 a month from scenario month `start`, not per participant', () => {
    const annual = kommuneAnnual(cost({ basis: 'fixedPerYear', amount: 12_000, startMonth: 6, durationMonths: 12 }));
    // Months 6–17 at 1,000, whatever the 5 participants do: year 1: 6,000; year 2: 6,000.
    expect(annual).toEqual([-6_000, -6_000, 0]);
  });

  it('books fixed once in scenario month `start`, once', () => {
    const annual = kommuneAnnual(cost({ basis: 'fixedOnce', amount: 5_000, startMonth: 14 }));
    // Month 14 is in year 2.
    expect(annual).toEqual([0, -5_000, 0]);
  });

  it('runs a window without a duration to the horizon', () => {
    const annual = kommuneAnnual(cost({ basis: 'perParticipantPerYear', amount: 1_200 }), 2,
      [{ count: 1, startMonth: 0 }, { count: 1, startMonth: 18 }]);
    // 100 a participant-month. First cohort: all 24 months → 1,200 a year.
    // Second cohort from month 18: months 18–23 = 6 × 100 = 600 in year 2.
    expect(annual).toEqual([-1_200, -1_800]);
  });

  it('books nothing for a fixed cost that starts after the horizon', () => {
    expect(kommuneAnnual(cost({ basis: 'fixedOnce', amount: 5_000, startMonth: 36 }))).toEqual([0, 0, 0]);
  });

  it('evaluates an amount given as an expression over parameters', () => {
    const s = scenario([group({ costs: [cost({ basis: 'fixedOnce', amount: 'p * 2' })] })], {}, {
      parameters: { p: { value: 600 } },
    });
    // 600 × 2 = 1,200.
    expect(project(s).total.annual).toEqual([-1_200]);
  });

  it('books a fixed cost once even when the target group has several cohorts or none', () => {
    const item = cost({ basis: 'fixedPerYear', amount: 2_400, durationMonths: 12 });
    // 2,400/12 × 12 months = 2,400 in year 1, with 0 or 10 participants.
    expect(kommuneAnnual(item, 1, [])).toEqual([-2_400]);
    expect(kommuneAnnual(item, 1, [{ count: 4, startMonth: 0 }, { count: 6, startMonth: 3 }])).toEqual([-2_400]);
  });
});
