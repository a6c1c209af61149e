/**
 * The Runner interface (src/engine/uncertainty/runner): the same seed gives bit-identical summaries
 * whether the draws run as 1, 2, 3 or 7 chunks, and the store's Monte Carlo slice runs only through
 * the runner it is given (here the in-process one; no Worker exists in Node).
 */
import { describe, expect, it } from 'vitest';
import {
  createInProcessRunner, mergeMonteCarlo, runMonteCarlo, splitDraws,
  type MonteCarloChunk, type MonteCarloJob, type MonteCarloRunner,
} from '../../src/engine';
import { createAppStore } from '../../src/state';
import { EXAMPLES } from '../../src/state/examples';
import { selectModel } from '../../src/state/selectors/run';

const PORTFOLIO = EXAMPLES.find((e) => e.id === 'portefoelje-budgetperiode')!;

function portfolioCase() {
  return { store: createAppStore(PORTFOLIO, { monteCarloRunner: () => createInProcessRunner() }) };
}

/** Runs [0, draws) through the runner as `parts` chunks and merges them in draw order. */
function chunked(runner: MonteCarloRunner, job: Omit<MonteCarloJob, 'from' | 'to'>, draws: number, parts: number) {
  const chunks = splitDraws(0, draws, parts).map(([from, to]) => {
    let chunk: MonteCarloChunk | null = null;
    runner.run({ ...job, from, to }, {
      progress: () => {}, cancelled: () => {}, error: (m) => { throw new Error(m); },
      result: (c) => { chunk = c; },
    });
    if (!chunk) throw new Error('the in-process runner finishes inside run()');
    return chunk;
  });
  return mergeMonteCarlo(chunks);
}

describe('the Monte Carlo Runner', () => {
  it('splits draws into near-equal consecutive ranges, never an empty one', () => {
    expect(splitDraws(0, 10, 3)).toEqual([[0, 4], [4, 7], [7, 10]]);
    expect(splitDraws(5, 7, 7)).toEqual([[5, 6], [6, 7]]);
    expect(splitDraws(0, 1, 1)).toEqual([[0, 1]]);
  });

  it('gives bit-identical summaries for the same seed with 1, 2, 3 and 7 chunks', () => {
    const { store } = portfolioCase();
    const state = store.getState();
    const model = selectModel(state)!;
    const job = { scenario: state.scenario!, model, seed: 11 };
    const runner = createInProcessRunner();
    const one = chunked(runner, job, 101, 1);
    expect(one.draws + one.failed).toBe(101);
    // The same as the engine's all-at-once run.
    const direct = runMonteCarlo(job.scenario, model, { draws: 101, seed: 11 });
    expect(direct.ok && direct.value).toEqual(one);
    for (const parts of [2, 3, 7]) expect(chunked(runner, job, 101, parts)).toEqual(one);
    // Another seed gives another answer (the comparison can fail).
    expect(chunked(runner, { ...job, seed: 12 }, 101, 3)).not.toEqual(one);
  });

  it('runs the store\'s Monte Carlo through the injected runner and keeps its summary', () => {
    const { store } = portfolioCase();
    const seen: MonteCarloJob[] = [];
    const inner = createInProcessRunner();
    const spy: MonteCarloRunner = { run: (job, listener) => (seen.push(job), inner.run(job, listener)) };
    const spied = createAppStore(PORTFOLIO, { monteCarloRunner: () => spy });
    spied.getState().runMonteCarlo({ draws: 120, seed: 3 });
    expect(seen.map((j) => [j.from, j.to, j.seed])).toEqual([[0, 120, 3]]);
    const mc = spied.getState().monteCarlo;
    expect(mc.status).toBe('done');
    expect(mc.summary?.draws).toBe(120);
    // The default store, given the in-process runner, reaches the same summary.
    store.getState().runMonteCarlo({ draws: 120, seed: 3 });
    expect(store.getState().monteCarlo.summary).toEqual(mc.summary);
    // Cancel after the run is over changes nothing.
    spied.getState().cancelMonteCarlo();
    expect(spied.getState().monteCarlo.status).toBe('done');
  });

  it('reports a cancel between steps of a stepped in-process run', async () => {
    let resume: (() => void) | null = null;
    const runner = createInProcessRunner({ step: 50, pause: () => new Promise<void>((r) => { resume = r; }) });
    const store = createAppStore(PORTFOLIO, { monteCarloRunner: () => runner });
    store.getState().runMonteCarlo({ draws: 200, seed: 1 });
    expect(store.getState().monteCarlo).toMatchObject({ status: 'running', done: 50, planned: 200 });
    store.getState().cancelMonteCarlo();
    expect(store.getState().monteCarlo).toMatchObject({ status: 'cancelled', done: 50 });
    (resume as (() => void) | null)?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().monteCarlo.status).toBe('cancelled');
  });
});
