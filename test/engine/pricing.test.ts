/**
 * Re-pricing (docs/financing-rules.md §8): money figures with another price year are converted to the scenario's
 * price year by the index, value × I(to)/I(from); shares are not; a missing year is an error.
 */
import { describe, expect, it } from 'vitest';
import { explainFigure, runScenario, type Model, type Scenario } from '../../src/engine';
import { assembleModel } from '../../src/io/catalogues';

// An index made up for the test: 100 in 2014, 102 in 2015, 104.04 in 2016.
const INDEX = { label: 'Test-PL', values: [{ year: 2014, value: 100 }, { year: 2015, value: 102 }, { year: 2016, value: 104.04 }], source: { title: 'test' }, note: 'test' };

function model(): Model {
  const assembled = assembleModel(undefined, {
    priceIndices: { pl: INDEX },
    constants: {
      udgift_2014: { label: 'Udgift', value: 1_000, unit: 'DKK/year', priceYear: 2014, source: { title: 't' }, note: 't' },
      andel: { label: 'Andel', value: 0.5, unit: 'share', source: { title: 't' }, note: 't' },
    },
  });
  if (!assembled.ok) throw new Error('model');
  return assembled.value.model;
}

function scenario(priceYear: number | undefined, amount: string | number = 'udgift_2014 * 12 * andel * 2', parameters: Scenario['parameters'] = {}): Scenario {
  return {
    title: 't', parameters,
    settings: { horizonYears: 1, perspective: 'budget', discount: { preset: 'none' }, discountTiming: 'start', ...(priceYear ? { priceYear } : {}) },
    targetGroups: [{
      id: 'g', label: 'g', cohorts: [{ count: 1, startMonth: 0 }],
      interventions: [{ id: 'i', label: 'i', outcomes: [], costs: [{ label: 'c', amount, basis: 'fixedOnce', payer: { ledger: 'kommune' }, category: 'intervention', startMonth: 0 }] }],
    }],
  };
}

describe('re-pricing to the scenario price year', () => {
  it('converts a 2014 constant to 2016 prices by I(2016)/I(2014) and leaves shares alone', () => {
    // 1,000 × 104.04/100 = 1,040.40; × 12 × 0.5 × 2 = 12,484.80 (the share 0.5 is not re-priced).
    const run = runScenario(scenario(2016), model());
    expect(run.ok && run.value.total.annual[0]).toBeCloseTo(-12_484.8, 9);
    expect(run.ok && run.value.repriced.udgift_2014).toEqual({ fromYear: 2014, toYear: 2016, index: 'pl', factor: 1.0404 });
  });

  it('uses figures as given when the scenario sets no price year', () => {
    const run = runScenario(scenario(undefined), model());
    expect(run.ok && run.value.total.annual[0]).toBeCloseTo(-12_000, 9);
  });

  it('re-prices a parameter that states its own price year, and shows it in the explanation', () => {
    // 500 in 2015 prices → 2016: 500 × 104.04/102 = 510.
    const s = scenario(2016, 'lokal_udgift', { lokal_udgift: { value: 500, priceYear: 2015 } });
    const run = runScenario(s, model());
    expect(run.ok && run.value.total.annual[0]).toBeCloseTo(-510, 9);
    if (!run.ok) return;
    const explained = explainFigure(run.value, s, model(), { ledger: 'total', year: 1, measure: 'annual' });
    expect(explained.dependencies.find((d) => d.name === 'lokal_udgift')?.repriced?.fromYear).toBe(2015);
  });

  it('reports a price year the index does not cover, with the path of the figure', () => {
    const run = runScenario(scenario(2020), model());
    expect(run.ok ? [] : run.errors).toEqual([
      { path: 'model.constants.udgift_2014.priceYear', message: "the price index 'pl' has no value for 2020 (it covers 2014–2016)" },
    ]);
  });

  it('reports that there is no index rather than adding figures from different price years', () => {
    const bare = { ...model(), priceIndices: {} };
    const run = runScenario(scenario(2016), bare);
    expect(run.ok ? [] : run.errors).toEqual([
      { path: 'model.constants.udgift_2014.priceYear', message: "there is no price index 'pl' to re-price from 2014 to 2016" },
    ]);
  });
});

describe('re-pricing happens once', () => {
  it('refuses a price year on a parameter given by an expression, whose names are re-priced already', () => {
    // udgift_2014 is converted 2014 → 2016 itself; a priceYear on the expression would convert twice.
    const s = scenario(2016, 'p', { p: { value: 'udgift_2014', priceYear: 2014 } });
    const run = runScenario(s, model());
    expect(run.ok ? [] : run.errors).toEqual([
      { path: 'parameters.p.priceYear', message: 'a price year applies to a number; the names in an expression are re-priced by their own price years' },
    ]);
  });
});

describe('comparing refusion regimes', () => {
  it('replaces rules of the same regime only, leaving dagpenge co-financing alone', () => {
    const dk = assembleModel({ id: 'dk', version: '1.0.0' }, undefined);
    if (!dk.ok) throw new Error('dk');
    // From dagpenge (the stat pays, the kommune co-finances by seniority) to work: the override
    // 'refusion_passiv_30' belongs to the municipal-benefit regime, so the dagpenge split must not
    // change; from kontanthjælp it must (a flat 30 % instead of the 2016 staircase).
    const run = (from: string, refusionRule?: string) => {
      const s: Scenario = {
        title: 't', parameters: {},
        settings: { horizonYears: 2, perspective: 'budget', discount: { preset: 'none' }, discountTiming: 'start', ...(refusionRule ? { refusionRule } : {}) },
        targetGroups: [{
          id: 'g', label: 'g', cohorts: [{ count: 1, startMonth: 0 }],
          interventions: [{ id: 'i', label: 'i', costs: [], outcomes: [{
            label: 'o', state: 'job', treated: 0.5, counterfactual: 0, startMonth: 0, durationMonths: 24,
            value: { type: 'derived', from, to: 'ordinaer_beskaeftigelse' },
          }] }],
        }],
      };
      const result = runScenario(s, dk.value.model);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result.value.ledgers.kommune!.annual;
    };
    expect(run('dagpenge', 'refusion_passiv_30')).toEqual(run('dagpenge'));
    expect(run('kontanthjaelp_forsoerger', 'refusion_passiv_30')).not.toEqual(run('kontanthjaelp_forsoerger'));
  });
});
