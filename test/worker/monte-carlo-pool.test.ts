/**
 * The worker pool Runner over in-process parts and fake parts (Node has no Web Worker): its size,
 * its split, the merged chunk bit-identical to one part's, summed progress, cancel and errors.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createInProcessRunner, mergeMonteCarlo, runThrough,
  type MonteCarloChunk, type MonteCarloJob, type MonteCarloRunner, type RunnerListener,
} from '../../src/engine';
import { parseScenarioText } from '../../src/io/load-scenario';
import { createPoolRunner, MAX_POOL, poolSize } from '../../src/worker/pool';

const loaded = parseScenarioText(readFileSync(new URL('../../scenarios/portefoelje-budgetperiode.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('portfolio example');
const { scenario, model } = loaded.value;

function record() {
  const events: string[] = [];
  let chunk: MonteCarloChunk | null = null;
  const listener: RunnerListener = {
    progress: (d, p) => events.push(`progress ${d}/${p}`),
    result: (c) => { chunk = c; events.push(`result ${c.kept + c.failed}`); },
    cancelled: (d, p) => events.push(`cancelled ${d}/${p}`),
    error: (m) => events.push(`error ${m}`),
  };
  return { events, listener, chunk: () => chunk };
}

/** Parts that wait to be told: each records its job and listener. */
function fakeParts() {
  const parts: { job: MonteCarloJob; listener: RunnerListener; cancelled: boolean }[] = [];
  const make = (): MonteCarloRunner => ({
    run: (job, listener) => {
      const part = { job, listener, cancelled: false };
      parts.push(part);
      return { cancel: () => { part.cancelled = true; listener.cancelled(0, job.to - job.from); } };
    },
  });
  return { parts, make };
}

describe('the worker pool runner', () => {
  it('has navigator.hardwareConcurrency workers, capped, at least one', () => {
    expect(poolSize(4)).toBe(4);
    expect(poolSize(64)).toBe(MAX_POOL);
    expect(poolSize(0)).toBe(1);
    expect(poolSize(undefined)).toBe(1);
  });

  it('merges its chunks into the same draws, bit for bit, as one runner', () => {
    const job = { scenario, model, seed: 5, from: 0, to: 97 };
    const single = record();
    createInProcessRunner().run(job, single.listener);
    for (const size of [2, 3, 7]) {
      const pooled = record();
      createPoolRunner(size, () => createInProcessRunner()).run(job, pooled.listener);
      expect(pooled.chunk()).toEqual(single.chunk());
      expect(mergeMonteCarlo([pooled.chunk()!])).toEqual(mergeMonteCarlo([single.chunk()!]));
    }
  });

  it('gives each part one consecutive range, sums their progress and reports once all are in', () => {
    const { parts, make } = fakeParts();
    const { events, listener } = record();
    createPoolRunner(3, make).run({ scenario, model, seed: 1, from: 0, to: 10 }, listener);
    expect(parts.map((p) => [p.job.from, p.job.to])).toEqual([[0, 4], [4, 7], [7, 10]]);
    parts[1]!.listener.progress(2, 3);
    parts[0]!.listener.progress(4, 4);
    const chunkOf = (job: MonteCarloJob) => {
      let c: MonteCarloChunk | null = null;
      createInProcessRunner().run(job, { ...record().listener, result: (x) => { c = x; } });
      return c!;
    };
    // Out of order: the merged chunk is still in draw order.
    parts[2]!.listener.result(chunkOf(parts[2]!.job), 1);
    parts[0]!.listener.result(chunkOf(parts[0]!.job), 1);
    expect(events).toEqual(['progress 2/10', 'progress 6/10']);
    parts[1]!.listener.result(chunkOf(parts[1]!.job), 1);
    expect(events.at(-1)).toBe('result 10');
  });

  it('cancels every part at once and drops their late messages', () => {
    const { parts, make } = fakeParts();
    const { events, listener } = record();
    const handle = createPoolRunner(2, make).run({ scenario, model, seed: 1, from: 0, to: 10 }, listener);
    parts[0]!.listener.progress(3, 5);
    handle.cancel();
    expect(parts.every((p) => p.cancelled)).toBe(true);
    parts[1]!.listener.progress(5, 5);
    handle.cancel();
    expect(events).toEqual(['progress 3/10', 'cancelled 3/10']);
  });

  it('stops the other parts on the first error and reports it once', () => {
    const { parts, make } = fakeParts();
    const { events, listener } = record();
    createPoolRunner(3, make).run({ scenario, model, seed: 1, from: 0, to: 9 }, listener);
    parts[1]!.listener.error('boom', 'parameters.x');
    parts[2]!.listener.error('again', null);
    expect(events).toEqual(['error boom']);
    expect(parts.map((p) => p.cancelled)).toEqual([true, true, true]);
  });

  it('reuses its parts for the next run, and a new run cancels the one in progress', () => {
    let made = 0;
    const { parts, make } = fakeParts();
    const pool = createPoolRunner(2, () => (made++, make()));
    const first = record();
    pool.run({ scenario, model, seed: 1, from: 0, to: 4 }, first.listener);
    pool.run({ scenario, model, seed: 2, from: 0, to: 4 }, record().listener);
    expect(made).toBe(2);
    expect(first.events).toEqual(['cancelled 0/4']);
    expect(parts).toHaveLength(4);
  });

  it('leaves the summary (the sort) to its first part\'s worker, and a cancel then drops it', async () => {
    const inner = createInProcessRunner();
    const asked: number[] = [];
    let release: (() => void) | null = null;
    const part = (): MonteCarloRunner => ({
      run: inner.run,
      summarise: (chunk) => (asked.push(chunk.kept), new Promise((r) => { release = () => r(mergeMonteCarlo([chunk])); })),
    });
    const pool = createPoolRunner(3, part);
    const events: string[] = [];
    const listener = {
      progress: () => {}, error: (m: string) => events.push(`error ${m}`),
      result: (s: { draws: number }) => events.push(`result ${s.draws}`), cancelled: (d: number) => events.push(`cancelled ${d}`),
    };
    runThrough(pool, { scenario, model, draws: 30, seed: 2 }, listener);
    expect(asked).toEqual([30]); // the whole merged run, once
    expect(events).toEqual([]);
    (release as unknown as () => void)();
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual(['result 30']);
    const handle = runThrough(pool, { scenario, model, draws: 30, seed: 2 }, listener);
    handle.cancel();
    (release as unknown as () => void)();
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual(['result 30', 'cancelled 30']);
  });
});
