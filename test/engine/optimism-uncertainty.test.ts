/**
 * Tornado and Monte Carlo include the optimism correction: both run the scenario, so its setting
 * (or the CLI's --optimism, which sets it) reaches every bar and every draw. Same case as
 * test/engine/optimism.test.ts: kommune cumulative after 2 years 22.000 kr. off, −13.900 kr. on
 * (−50.000 × 1,25 + 2 × 36.000 × 0,9 × 0,75), no discounting.
 */
import { describe, expect, it } from 'vitest';
import { runMonteCarlo, runScenario, tornado } from '../../src/engine';
import { coreModel, cost, group, outcome, scenario } from './helpers';

const model = coreModel();
const graded = (optimismCorrection: boolean) => {
  const s = scenario([group({
    cohorts: [{ count: 10, startMonth: 0 }],
    costs: [cost({ amount: 10000, basis: 'perParticipantOnce', confidence: 1, refund: { share: 0.5, ledger: 'stat' } })],
    outcomes: [outcome({
      treated: 'effekt', counterfactual: 0.2, durationMonths: 24, confidence: 2,
      value: { type: 'direct', perPersonYear: [{ ledger: 'kommune', category: 'benefits', amount: 12000, confidence: 1 }] },
    })],
  })], { horizonYears: 2, optimismCorrection, discount: { preset: 'none' } });
  s.parameters.effekt = { value: 0.5, uncertainty: { type: 'uniform', min: 0.4, max: 0.6 } };
  return s;
};

describe('optimism correction in the uncertainty analyses', () => {
  it('tornado: the base and every bar are computed corrected when the setting is on', () => {
    const off = tornado(graded(false), model, 'kommune', { switching: false });
    const on = tornado(graded(true), model, 'kommune', { switching: false });
    if (!off.ok || !on.ok) throw new Error('tornado failed');
    expect(off.value.baseNpv).toBeCloseTo(22000, 6);
    expect(on.value.baseNpv).toBeCloseTo(-13900, 6);
    // effekt at 0,6: Δ 0,4 → gain 10 × 0,4 × 12.000 = 48.000 a year; on: × 0,9 × 0,75 = 32.400 → −62.500 + 64.800 = 2.300.
    const bar = on.value.bars.find((b) => b.parameter === 'effekt')!;
    expect(bar.npvHigh).toBeCloseTo(2300, 6);
    expect(off.value.bars.find((b) => b.parameter === 'effekt')!.npvHigh).toBeCloseTo(-50000 + 96000, 6);
  });

  it('Monte Carlo: every draw is corrected (same seed, so the same draws: on = off reduced and uplifted)', () => {
    const draws = 200, seed = 'optimism';
    const off = runMonteCarlo(graded(false), model, { draws, seed });
    const on = runMonteCarlo(graded(true), model, { draws, seed });
    if (!off.ok || !on.ok) throw new Error('Monte Carlo failed');
    // NPV is linear in the gain: on = −62.500 + 0,675 × (off + 50.000) for every draw, so for every percentile too.
    off.value.keys.kommune!.npv.percentiles.forEach((p, n) => {
      expect(on.value.keys.kommune!.npv.percentiles[n]).toBeCloseTo(-62500 + 0.675 * (p + 50000), 4);
    });
    const base = runScenario(graded(true), model);
    if (!base.ok) throw new Error('run failed');
    expect(base.value.optimism.enabled).toBe(true);
  });
});
