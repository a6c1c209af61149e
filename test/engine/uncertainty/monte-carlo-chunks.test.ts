/**
 * Monte Carlo split into chunks (one per worker): draw i is seeded from (seed, i), so running the
 * draws as 1, 2 or 3 chunks of any sizes and merging them in draw order (mergeMonteCarlo) gives
 * the summary of the single run, bit for bit (toEqual compares every figure exactly), including
 * the count of failed draws and the first failure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeMonteCarlo, runMonteCarlo, startMonteCarlo, type Model, type Scenario } from '../../../src/engine';
import { parseScenarioText } from '../../../src/io/load-scenario';

function ips(): { scenario: Scenario; model: Model } {
  const loaded = parseScenarioText(readFileSync(new URL('../../../scenarios/ips-inklusion.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('IPS');
  return loaded.value;
}

function chunked(scenario: Scenario, model: Model, draws: number, seed: string, sizes: number[]) {
  let firstDraw = 0;
  const chunks = sizes.map((size) => {
    const started = startMonteCarlo(scenario, model, { draws: size, seed, firstDraw });
    if (!started.ok) throw new Error('start');
    started.value.step(size);
    firstDraw += size;
    return started.value.chunk();
  });
  expect(firstDraw).toBe(draws);
  return mergeMonteCarlo(chunks);
}

describe('Monte Carlo in chunks', () => {
  const { scenario, model } = ips();
  const p = scenario.parameters;
  const uncertain: Scenario = {
    ...scenario,
    parameters: {
      ...p,
      andel_job_med_ips: { ...p.andel_job_med_ips!, uncertainty: { type: 'pert', min: 0.45, mode: 0.58, max: 0.65 } },
      effekt_aar: { ...p.effekt_aar!, uncertainty: { type: 'triangular', min: 3, mode: 5, max: 7 } },
    },
  };

  it('gives the single run\'s summary, bit for bit, with 1, 2 and 3 chunks of uneven sizes', () => {
    const whole = runMonteCarlo(uncertain, model, { draws: 301, seed: 'chunks' });
    if (!whole.ok) throw new Error('run');
    expect(chunked(uncertain, model, 301, 'chunks', [301])).toEqual(whole.value);
    expect(chunked(uncertain, model, 301, 'chunks', [151, 150])).toEqual(whole.value);
    expect(chunked(uncertain, model, 301, 'chunks', [1, 200, 100])).toEqual(whole.value);
  });

  it('keeps failed draws and the first failure the same whatever the chunks', () => {
    // A share drawn above 1 fails its draw (andel_job_med_ips must lie in 0–1).
    const failing: Scenario = {
      ...uncertain,
      parameters: { ...uncertain.parameters, andel_job_med_ips: { ...p.andel_job_med_ips!, uncertainty: { type: 'uniform', min: 0.5, max: 1.5 } } },
    };
    const whole = runMonteCarlo(failing, model, { draws: 120, seed: 3 });
    if (!whole.ok) throw new Error('run');
    expect(whole.value.failed).toBeGreaterThan(0);
    expect(whole.value.draws).toBeGreaterThan(0);
    expect(chunked(failing, model, 120, '3', [40, 80])).toEqual(whole.value);
    expect(chunked(failing, model, 120, '3', [7, 13, 100])).toEqual(whole.value);
  });
});
