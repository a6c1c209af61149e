/**
 * The Monte Carlo worker's message handling, run in Node without a Worker: the handler is a plain
 * function of a post callback. The case is the published IPS case (one participant, no discounting)
 * with the share in job with IPS drawn uniformly from 20–60 %, so the answers can be worked by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioJson } from '../../src/io/load-scenario';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import { mergeMonteCarlo, type Model, type Scenario } from '../../src/engine';
import { createMonteCarloHandler } from '../../src/worker/monte-carlo.worker';
import type { FromWorker, ToWorker } from '../../src/worker/protocol';

const IPS = JSON.parse(readFileSync(new URL('../../scenarios/ips-inklusion.json', import.meta.url), 'utf8')) as ScenarioFile;

function ipsWithUncertainShare(): { scenario: Scenario; model: Model } {
  const json = structuredClone(IPS);
  json.parameters.andel_job_med_ips!.uncertainty = { type: 'uniform', min: 0.2, max: 0.6 };
  const loaded = parseScenarioJson(json);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return { scenario: loaded.value.scenario, model: loaded.value.model };
}

function start(draws: number, seed = 1, runId = 1, step?: number): ToWorker {
  return { type: 'start', runId, ...ipsWithUncertainShare(), seed, from: 0, to: draws, ...(step ? { step } : {}) };
}

function collect() {
  const posted: FromWorker[] = [];
  return { posted, post: (m: FromWorker) => posted.push(m) };
}

describe('the Monte Carlo worker handler', () => {
  it('posts progress after every step of 200 draws and the summary at the end', async () => {
    const { posted, post } = collect();
    await createMonteCarloHandler(post)(start(500));
    // 500 draws in steps of 200: 200, 400, then the last 100.
    expect(posted.filter((m) => m.type === 'progress').map((m) => m.type === 'progress' && m.done)).toEqual([200, 400, 500]);
    const last = posted.at(-1)!;
    expect(last.type).toBe('result');
    if (last.type === 'result') expect(last.chunk.kept).toBe(500);
  });

  it('gives the probabilities worked out by hand for the uniform share', async () => {
    const { posted, post } = collect();
    await createMonteCarloHandler(post)(start(4000, 7));
    const result = posted.at(-1)!;
    if (result.type !== 'result') throw new Error(`expected a result, got ${result.type}`);
    const { keys } = mergeMonteCarlo([result.chunk]);
    // Undiscounted, one participant: NPV = −55.000 × 1,5 + (a − 0,235) × 5 years × value per person-year.
    // Total: value 100.619,91 + 8.897,83 + 55.068 = 164.585,74; NPV > 0 ⇔ a > 0,235 + 82.500 / 822.928,7 = 0,33525,
    //   so P = (0,6 − 0,33525) / 0,4 = 0,6619. Kommune: a > 0,235 + 82.500 / 503.099,55 = 0,39898, P = 0,5025.
    //   Region and stat pay nothing: NPV > 0 ⇔ a > 0,235, P = (0,6 − 0,235) / 0,4 = 0,9125.
    // 4.000 draws: the standard error is at most √(0,25 / 4.000) = 0,0079; the tolerance is 4 of them.
    expect(Math.abs(keys.total!.npv.probabilityPositive - 0.6619)).toBeLessThan(0.032);
    expect(Math.abs(keys.kommune!.npv.probabilityPositive - 0.5025)).toBeLessThan(0.032);
    expect(Math.abs(keys.stat!.npv.probabilityPositive - 0.9125)).toBeLessThan(0.032);
    // Gains come after the costs, so the case pays back within the 7 years exactly when the NPV is positive.
    expect(keys.total!.payback.probabilityWithinHorizon).toBe(keys.total!.npv.probabilityPositive);
    // The NPV rises with the share: its rank correlation with the one uncertain input is exactly 1.
    expect(keys.total!.drivers).toEqual([{ parameter: 'andel_job_med_ips', correlation: 1 }]);
  });

  it('gives the same summary for the same seed and another for another seed', async () => {
    const run = async (seed: number) => {
      const { posted, post } = collect();
      await createMonteCarloHandler(post)(start(300, seed));
      const last = posted.at(-1)!;
      return last.type === 'result' ? mergeMonteCarlo([last.chunk]) : null;
    };
    const [a, b, c] = [await run(42), await run(42), await run(43)];
    expect(a).not.toBeNull();
    expect(b).toEqual(a);
    expect(c!.keys.total!.npv.mean).not.toBe(a!.keys.total!.npv.mean);
  });

  it('stops at the next step when told to cancel, and says how many draws were done', async () => {
    const { posted, post } = collect();
    let handle: (m: ToWorker) => Promise<void> = async () => {};
    let pauses = 0;
    // The cancel arrives while the worker pauses after its first step, as a queued message would.
    const pause = async () => { if (++pauses === 1) await handle({ type: 'cancel', runId: 1 }); };
    handle = createMonteCarloHandler(post, { pause });
    await handle(start(10_000));
    expect(posted).toEqual([
      { type: 'progress', runId: 1, done: 200, planned: 10_000 },
      { type: 'cancelled', runId: 1, done: 200, planned: 10_000 },
    ]);
  });

  it('ignores a cancel meant for another run', async () => {
    const { posted, post } = collect();
    let handle: (m: ToWorker) => Promise<void> = async () => {};
    const pause = async () => { await handle({ type: 'cancel', runId: 99 }); };
    handle = createMonteCarloHandler(post, { pause });
    await handle(start(400));
    expect(posted.map((m) => m.type)).toEqual(['progress', 'progress', 'result']);
  });

  it('lets a new run replace the one in progress', async () => {
    const { posted, post } = collect();
    const handle = createMonteCarloHandler(post);
    const first = handle(start(10_000, 1, 1));
    const second = handle(start(200, 1, 2));
    await Promise.all([first, second]);
    expect(posted.filter((m) => m.runId === 1).at(-1)).toMatchObject({ type: 'cancelled', runId: 1, done: 200 });
    expect(posted.filter((m) => m.runId === 2).map((m) => m.type)).toEqual(['progress', 'result']);
  });

  it('posts an error, with the field path, for a case the engine cannot compute', async () => {
    const { posted, post } = collect();
    const message = start(100);
    if (message.type !== 'start') throw new Error();
    const broken = structuredClone(message.scenario);
    broken.parameters.effekt_aar!.value = 'ukendt_navn * 2';
    await createMonteCarloHandler(post)({ ...message, scenario: broken });
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: 'error', runId: 1 });
    expect(posted[0]!.type === 'error' && posted[0]!.path).toContain('effekt_aar');
  });

  it('refuses a number of draws that is not a whole number from 1 to 200.000', async () => {
    for (const draws of [0, 2.5, 200_001]) {
      const { posted, post } = collect();
      await createMonteCarloHandler(post)(start(draws));
      expect(posted).toEqual([{ type: 'error', runId: 1, message: 'draws must be a whole number from 1 to 200000', path: null }]);
    }
  });

  it('summarises a run\'s chunk when asked, as mergeMonteCarlo does', async () => {
    const { posted, post } = collect();
    const handle = createMonteCarloHandler(post);
    await handle(start(150, 3));
    const result = posted.at(-1)!;
    if (result.type !== 'result') throw new Error(`expected a result, got ${result.type}`);
    await handle({ type: 'summarise', runId: 9, chunk: result.chunk });
    expect(posted.at(-1)).toEqual({ type: 'summary', runId: 9, summary: mergeMonteCarlo([result.chunk]) });
  });
});
