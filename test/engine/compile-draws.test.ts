/**
 * The lean Monte Carlo draw (compile-draws.ts) gives every figure the summary reads (per ledger and
 * in total: the cumulative net by year, the NPV, the payback time) as runScenario gives it, to
 * 1e-12 of the key's gross flows (its sums are taken in another order, so to rounding, not bit for
 * bit), on every example with random sets of drawn names; a draw it cannot compute gives null
 * exactly when runScenario fails; names it cannot draw leave it out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario, type Model, type Scenario } from '../../src/engine';
import { compileDraws } from '../../src/engine/compile-draws';
import { createRandom } from '../../src/engine/uncertainty/random';
import { parseScenarioText } from '../../src/io/load-scenario';

const examples = readdirSync(new URL('../../scenarios', import.meta.url)).filter((f) => f.endsWith('.json'));
const load = (file: string): { scenario: Scenario; model: Model } => {
  const loaded = parseScenarioText(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(file);
  return loaded.value;
};
const TOLERANCE = 1e-12;

/** Checks one draw against runScenario; returns whether the draw succeeded. */
function agrees(scenario: Scenario, model: Model, names: string[], overrides: Record<string, number>): boolean {
  const lean = compileDraws(scenario, model, names);
  expect(lean).not.toBeNull();
  const figures = lean!.draw(overrides);
  const full = runScenario(scenario, model, { overrides });
  expect(figures !== null).toBe(full.ok);
  if (!figures || !full.ok) return false;
  expect(lean!.keys).toEqual([...Object.keys(full.value.ledgers), 'total']);
  lean!.keys.forEach((key, k) => {
    const s = key === 'total' ? full.value.total : full.value.ledgers[key]!;
    const scale = TOLERANCE * Math.max(1, s.totalGains + s.totalCosts);
    s.cumulative.forEach((v, y) => expect(Math.abs(figures.cumulative[k * lean!.years + y]! - v)).toBeLessThanOrEqual(scale));
    expect(Math.abs(figures.npv[k]! - s.npv)).toBeLessThanOrEqual(scale);
    const payback = s.paybackYears ?? Infinity;
    if (payback !== figures.payback[k]) expect(Math.abs(figures.payback[k]! - payback)).toBeLessThanOrEqual(TOLERANCE * Math.max(1, payback));
  });
  return true;
}

describe('compileDraws', () => {
  it.each(examples)('%s: every lean draw gives runScenario\'s figures, or null where runScenario fails', (file) => {
    const { scenario, model } = load(file);
    const random = createRandom(`lean/${file}`);
    const numeric = Object.keys(scenario.parameters).filter((n) => typeof scenario.parameters[n]!.value === 'number');
    const uncertain = Object.keys(scenario.parameters).filter((n) => scenario.parameters[n]!.uncertainty);
    for (let set = 0; set < 6; set++) {
      const names = set === 0 && uncertain.length > 0 ? uncertain : numeric.filter(() => random() < 0.3);
      for (let d = 0; d < 8; d++) {
        const overrides: Record<string, number> = {};
        for (const n of names) overrides[n] = (scenario.parameters[n]!.value as number) * (0.5 + random());
        agrees(scenario, model, names, overrides);
      }
    }
  });

  it('re-evaluates what it cannot scale: a drawn duration, a drawn cohort count, the optimism correction', () => {
    const { scenario, model } = load('portefoelje-budgetperiode.json');
    const graded: Scenario = structuredClone(scenario);
    graded.settings.optimismCorrection = true;
    for (const g of graded.targetGroups) for (const iv of g.interventions) for (const o of iv.outcomes) o.confidence = 2;
    const cases: [Scenario, Record<string, number>][] = [
      [scenario, { mentor_maaneder: 8, effekt_varighed_kontanthjaelp_maaneder: 30.4 }],
      [scenario, { indtag_sygedagpenge: 71, effekt_raskmelding: 0.15 }],
      [graded, { effekt_job_kontanthjaelp: 0.08, mentor_pr_maaned: 3500, fastholdelse_job_brobygning: -0.03 }],
      [graded, { effekt_job_kontanthjaelp: -0.04 }],
    ];
    for (const [s, overrides] of cases) expect(agrees(s, model, Object.keys(overrides), overrides)).toBe(true);
  });

  it('gives null for a draw the full path refuses, and for overrides of other names than it was compiled for', () => {
    const { scenario, model } = load('portefoelje-budgetperiode.json');
    const names = ['effekt_job_kontanthjaelp', 'mentor_pr_maaned'];
    // A treated share above 1, and NaN, which fails every expression it reaches.
    expect(agrees(scenario, model, names, { effekt_job_kontanthjaelp: 7, mentor_pr_maaned: 3000 })).toBe(false);
    expect(agrees(scenario, model, names, { effekt_job_kontanthjaelp: 0.05, mentor_pr_maaned: NaN })).toBe(false);
    const lean = compileDraws(scenario, model, names)!;
    expect(lean.draw({ effekt_job_kontanthjaelp: 0.05 })).toBeNull();
    expect(lean.draw({ effekt_job_kontanthjaelp: 0.05, mentor_pr_maaned: 3000, mentor_maaneder: 4 })).toBeNull();
    expect(lean.draw({ effekt_job_kontanthjaelp: 0.05, mentor_pr_maaned: 3000 })).not.toBeNull();
    // A name that is no parameter: no lean path (the Monte Carlo then runs every draw the full way).
    expect(compileDraws(scenario, model, ['no_such_parameter'])).toBeNull();
  });
});
