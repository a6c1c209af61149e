/**
 * Perspectives and departments (docs/semantics.md "Ledgers, departments, categories").
 *
 * The case, one person for one month, dk-minimal catalogue, seniority 4 weeks (stat refusion 40 %):
 *   intervention  kommune/beskaeftigelse  −1,000 (fixed once)
 *   benefits      kommune/beskaeftigelse  +14,203 × 0.6 = 8,521.80;  stat/overfoersler +14,203 × 0.4 = 5,681.20
 *   taxes         kommune/-  +0.25 × (25,000 − 14,203) = 2,699.25;  stat/skat +0.12 × 10,797 = 1,295.64
 *   production    stat/-  +12,000/12 = 1,000;   tax-feedback  stat/- +2,400/12 = 200
 *   welfare only  samfund/- production value of the wage 25,000 × NAF 1.28 = 32,000
 */
import { describe, expect, it } from 'vitest';
import { cost, dkModel, errorsOf, group, outcome, project, scenario } from './helpers';
import type { Scenario } from '../../src/engine';

function theCase(perspective: string): Scenario {
  return scenario([group({
    startingSeniorityWeeks: 4,
    costs: [cost({ amount: 1_000, payer: { ledger: 'kommune', department: 'beskaeftigelse' } })],
    outcomes: [
      outcome({ durationMonths: 1, value: { type: 'derived', from: 'kontanthjaelp_forsoerger', to: 'ordinaer_beskaeftigelse' } }),
      outcome({
        label: 'Produktion', durationMonths: 1, value: {
          type: 'direct', perPersonYear: [
            { ledger: 'stat', category: 'production', amount: 12_000 },
            { ledger: 'stat', category: 'tax-feedback', amount: 2_400 },
          ],
        },
      }),
    ],
  })], { perspective });
}

describe('perspectives', () => {
  it('budget counts intervention, benefits and taxes: −1,000 + 14,203 + 2,699.25 + 1,295.64 = 17,197.89', () => {
    const p = project(theCase('budget'), dkModel());
    expect(p.total.annual[0]).toBeCloseTo(17_197.89, 6);
    expect(p.total.byCategory.production).toBeUndefined();
  });

  it('fiscal adds tax feedback: 17,197.89 + 200 = 17,397.89', () => {
    expect(project(theCase('fiscal'), dkModel()).total.annual[0]).toBeCloseTo(17_397.89, 6);
  });

  it('welfare counts real resources at market prices: −1,000 × NAF 1.28 + 25,000 wage × 1.28 + 1,000 production = 31,720', () => {
    // Benefits and taxes are transfers (0); the intervention is public spending, × NAF; the wage gained
    // is the production value, × NAF, to samfund; the direct production value is taken as given; SFF 1.
    const p = project(theCase('welfare'), dkModel());
    expect(p.total.annual[0]).toBeCloseTo(-1_280 + 32_000 + 1_000, 6);
    expect(p.ledgers.samfund!.annual[0]).toBeCloseTo(32_000, 6);
    expect(Object.keys(p.total.byCategory).sort()).toEqual(['intervention', 'production']);
  });

  it('never changes the inputs: the scenario and the values of parameters and constants stay the same', () => {
    const budget = theCase('budget');
    const before = structuredClone(budget);
    const values = project(budget, dkModel()).values;
    for (const perspective of ['fiscal', 'welfare']) {
      const s = { ...budget, settings: { ...budget.settings, perspective } };
      expect(project(s, dkModel()).values).toEqual(values);
    }
    expect(budget).toEqual(before);
  });

  it('refuses an unknown perspective with the field path', () => {
    expect(errorsOf(theCase('samfund'), dkModel())[0]!.path).toBe('settings.perspective');
  });
});

describe('departments', () => {
  const p = project(theCase('fiscal'), dkModel());
  const at = (key: string) => p.departments[key]?.annual[0];

  it('books each flow to its ledger and department, and flows without one to "-"', () => {
    expect(at('kommune/beskaeftigelse')).toBeCloseTo(-1_000 + 8_521.8, 6);
    expect(at('kommune/-')).toBeCloseTo(2_699.25, 6);
    expect(at('stat/overfoersler')).toBeCloseTo(5_681.2, 6);
    expect(at('stat/skat')).toBeCloseTo(1_295.64, 6);
    expect(at('stat/-')).toBeCloseTo(200, 6); // tax feedback; production is not in the fiscal view
  });

  it('lists every declared department, and "-" only where something is booked without one', () => {
    expect(at('region/somatik')).toBe(0);
    expect(p.departments['region/-']).toBeUndefined();
  });

  it('makes the departments of each ledger sum to the ledger', () => {
    for (const ledger of Object.keys(p.ledgers)) {
      const sum = Object.entries(p.departments)
        .filter(([key]) => key.startsWith(`${ledger}/`))
        .reduce((s, [, series]) => s + series.annual[0]!, 0);
      expect(sum).toBeCloseTo(p.ledgers[ledger]!.annual[0]!, 6);
    }
  });

  it('refuses an unknown department with the field path', () => {
    const s = scenario([group({ costs: [cost({ payer: { ledger: 'kommune', department: 'kultur' } })] })]);
    const errors = errorsOf(s);
    expect(errors[0]!.path).toBe('targetGroups[0].interventions[0].costs[0].payer.department');
    expect(errors[0]!.message).toContain("unknown department 'kultur' of kommune");
  });
});
