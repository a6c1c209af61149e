/**
 * Monte Carlo, tornado and comparison: the same seed reproduces bit for bit; a degenerate
 * distribution reproduces the deterministic run; percentiles are ordered; for the IPS case, which
 * is linear in the effect, the mean NPV converges to the deterministic NPV.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeTo } from '../../matchers';
import fc from 'fast-check';
import {
  differences, runMonteCarlo, runScenario, solveBreakEven, startMonteCarlo, tornado, type Scenario,
} from '../../../src/engine';
import { parseScenarioText } from '../../../src/io/load-scenario';

/**
 * Relative tolerance for the mean NPV of 5,000 draws of a linear model: NPV sd ≈ 0.0462 × 822,929 ≈ 38,000 kr.,
 * so the standard error is ≈ 540 kr., 0.27 % of 201,410; 1 % is almost four standard errors.
 */
const MEAN_TOLERANCE = 0.01;

function ips() {
  const loaded = parseScenarioText(readFileSync(new URL('../../../scenarios/ips-inklusion.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('IPS');
  return loaded.value;
}

function withUncertainty(scenario: Scenario, name: string, uncertainty: NonNullable<Scenario['parameters'][string]['uncertainty']>): Scenario {
  return { ...scenario, parameters: { ...scenario.parameters, [name]: { ...scenario.parameters[name]!, uncertainty } } };
}

describe('Monte Carlo', () => {
  const { scenario, model } = ips();
  const uncertain = withUncertainty(
    withUncertainty(scenario, 'andel_job_med_ips', { type: 'pert', min: 0.45, mode: 0.58, max: 0.65 }),
    'effekt_aar', { type: 'triangular', min: 3, mode: 5, max: 7 },
  );

  it('gives the same answer, bit for bit, for the same seed, and another for another seed', () => {
    const a = runMonteCarlo(uncertain, model, { draws: 300, seed: 'workshop' });
    const b = runMonteCarlo(uncertain, model, { draws: 300, seed: 'workshop' });
    const c = runMonteCarlo(uncertain, model, { draws: 300, seed: 'other' });
    expect(a).toEqual(b);
    expect(a.ok && c.ok && a.value.keys.total!.npv.mean).not.toBe(c.ok && c.value.keys.total!.npv.mean);
  });

  it('gives the same result whether the draws run at once or in steps (as in the worker)', () => {
    const whole = runMonteCarlo(uncertain, model, { draws: 250, seed: 7 });
    const started = startMonteCarlo(uncertain, model, { draws: 250, seed: 7 });
    if (!started.ok) throw new Error('start');
    while (started.value.done < 250) started.value.step(33);
    expect(whole.ok && whole.value).toEqual(started.value.summary());
  });

  it('reproduces the deterministic run when every distribution is degenerate', () => {
    // effekt_aar = 5 exactly (triangular 5/5/5), andel = 0.58 exactly (uniform 0.58–0.58).
    const degenerate = withUncertainty(withUncertainty(scenario, 'andel_job_med_ips', { type: 'uniform', min: 0.58, max: 0.58 }),
      'effekt_aar', { type: 'triangular', min: 5, mode: 5, max: 5 });
    const mc = runMonteCarlo(degenerate, model, { draws: 50, seed: 1 });
    const det = runScenario(scenario, model);
    if (!mc.ok || !det.ok) throw new Error('run');
    const total = mc.value.keys.total!;
    det.value.total.cumulative.forEach((v, y) => total.fan[y]!.forEach((p) => expect(p).toBeCloseTo(v, 6)));
    expect(total.npv.mean).toBeCloseTo(det.value.total.npv, 6);
    expect(total.payback.probabilityWithinHorizon).toBe(1);
  });

  it('orders the percentiles of every fan and of the NPV', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
      const mc = runMonteCarlo(uncertain, model, { draws: 60, seed });
      if (!mc.ok) return false;
      return Object.values(mc.value.keys).every((k) =>
        [...k.fan, k.npv.percentiles].every((ps) => ps.every((p, i) => i === 0 || ps[i - 1]! <= p)));
    }), { numRuns: 20 });
  });

  it('converges to the deterministic NPV for a model linear in the uncertain input', () => {
    // NPV is linear in andel_job_med_ips, so E[NPV] = NPV(E[andel]); a symmetric uniform keeps E[andel] = 0.58.
    const linear = withUncertainty(scenario, 'andel_job_med_ips', { type: 'uniform', min: 0.5, max: 0.66 });
    const mc = runMonteCarlo(linear, model, { draws: 5_000, seed: 42 });
    const det = runScenario(scenario, model);
    if (!mc.ok || !det.ok) throw new Error('run');
    expect(Math.abs(mc.value.keys.total!.npv.mean / det.value.total.npv - 1)).toBeLessThan(MEAN_TOLERANCE);
    // The effect is the only input, so it drives the NPV perfectly (rank correlation 1).
    expect(mc.value.keys.total!.drivers[0]).toEqual({ parameter: 'andel_job_med_ips', correlation: closeTo(1, 9) });
  });

  it('counts draws the engine cannot compute instead of including them', () => {
    // A share above 1 is refused by the engine: about half of these draws fail.
    const broken = withUncertainty(scenario, 'andel_job_med_ips', { type: 'uniform', min: 0.9, max: 1.1 });
    const mc = runMonteCarlo(broken, model, { draws: 200, seed: 3 });
    if (!mc.ok) throw new Error('run');
    expect(mc.value.failed).toBeGreaterThan(50);
    expect(mc.value.draws + mc.value.failed).toBe(200);
    expect(mc.value.firstFailure?.path).toContain('treated');
  });
});

describe('tornado and switching values', () => {
  const { scenario, model } = ips();

  it('moves each parameter ±20 % and orders the bars by swing; the switching value solves the NPV', () => {
    const result = tornado(scenario, model, 'total');
    if (!result.ok) throw new Error('tornado');
    const cost = result.value.bars.find((b) => b.parameter === 'omkostning_pr_aar')!;
    // ±20 % of 55,000 kr./year over 18 months: NPV moves by ∓0.2 × 82,500 = ∓16,500 kr. around 201,410.
    expect(cost.low).toBeCloseTo(44_000, 9);
    expect(cost.npvLow! - result.value.baseNpv).toBeCloseTo(16_500, 6);
    expect(cost.npvHigh! - result.value.baseNpv).toBeCloseTo(-16_500, 6);
    const swings = result.value.bars.map((b) => Math.abs(b.npvHigh! - b.npvLow!));
    swings.forEach((s, i) => i === 0 || expect(swings[i - 1]!).toBeGreaterThanOrEqual(s));
    const effect = result.value.bars.find((b) => b.parameter === 'andel_job_med_ips')!;
    const solved = solveBreakEven(scenario, model, { parameter: 'andel_job_med_ips', ledger: 'total', metric: 'npv' });
    expect(solved.ok && solved.value.found && solved.value.value).toBeCloseTo(effect.switchingValue!, 9);
    // By hand: 82,500 = (x − 0.235) × 164,585.74 × 5 → x = 0.235 + 0.100252… = 0.33525…
    expect(effect.switchingValue!).toBeCloseTo(0.235 + 82_500 / (164_585.74 * 5), 6);
  });

  it('lists every assumption that differs between two scenarios by its path', () => {
    const variant = { ...scenario, parameters: { ...scenario.parameters, effekt_aar: { ...scenario.parameters.effekt_aar!, value: 3 } } };
    expect(differences(scenario, variant)).toEqual([{ path: 'parameters.effekt_aar.value', base: 5, variant: 3 }]);
  });
});
