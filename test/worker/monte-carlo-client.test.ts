/** The main thread's client of the worker, on a fake Worker: routing by run, cancel at once, terminate as the hard stop. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Model, MonteCarloChunk, RunnerListener, Scenario } from '../../src/engine';
import { createWorkerRunner, HARD_STOP_MS, type WorkerLike } from '../../src/worker/client';
import type { FromWorker, ToWorker } from '../../src/worker/protocol';

function fakeWorker() {
  const sent: ToWorker[] = [];
  const worker: WorkerLike & { sent: ToWorker[]; terminated: boolean; reply: (m: FromWorker) => void } = {
    sent, terminated: false,
    postMessage: (m) => sent.push(m),
    terminate: () => { worker.terminated = true; },
    onmessage: null, onerror: null,
    reply: (m) => worker.onmessage?.({ data: m } as MessageEvent<FromWorker>),
  };
  return worker;
}

function listener() {
  const events: string[] = [];
  const l: RunnerListener = {
    progress: (d, p) => events.push(`progress ${d}/${p}`),
    result: (c) => events.push(`result ${c.kept}`),
    cancelled: (d, p) => events.push(`cancelled ${d}/${p}`),
    error: (m) => events.push(`error ${m}`),
  };
  return { events, l };
}

const request = { scenario: {} as Scenario, model: {} as Model, seed: 1, from: 0, to: 1000 };

afterEach(() => vi.useRealTimers());

describe('the Monte Carlo client', () => {
  it('starts a run in the worker and passes on its progress and result', () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createWorkerRunner(() => { const w = fakeWorker(); workers.push(w); return w; });
    const { events, l } = listener();
    client.run(request, l);
    expect(workers[0]!.sent).toEqual([{ type: 'start', runId: 1, ...request }]);
    workers[0]!.reply({ type: 'progress', runId: 1, done: 200, planned: 1000 });
    workers[0]!.reply({ type: 'result', runId: 1, chunk: { kept: 1000 } as MonteCarloChunk, elapsedMs: 5 });
    expect(events).toEqual(['progress 200/1000', 'result 1000']);
  });

  it('reports a cancel at once, drops the run\'s late messages, and keeps the worker that stops by itself', () => {
    vi.useFakeTimers();
    const w = fakeWorker();
    const client = createWorkerRunner(() => w);
    const { events, l } = listener();
    const handle = client.run(request, l);
    w.reply({ type: 'progress', runId: 1, done: 400, planned: 1000 });
    handle.cancel();
    expect(events).toEqual(['progress 400/1000', 'cancelled 400/1000']);
    expect(w.sent.at(-1)).toEqual({ type: 'cancel', runId: 1 });
    w.reply({ type: 'progress', runId: 1, done: 600, planned: 1000 });
    w.reply({ type: 'cancelled', runId: 1, done: 600, planned: 1000 });
    vi.advanceTimersByTime(HARD_STOP_MS * 2);
    expect(events).toHaveLength(2);
    expect(w.terminated).toBe(false);
  });

  it('terminates a worker that has not stopped within the hard-stop time, and runs the next run on a fresh one', () => {
    vi.useFakeTimers();
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createWorkerRunner(() => { const w = fakeWorker(); workers.push(w); return w; });
    const first = listener();
    client.run(request, first.l).cancel();
    const second = listener();
    client.run({ ...request, seed: 2 }, second.l);
    vi.advanceTimersByTime(HARD_STOP_MS);
    expect(workers[0]!.terminated).toBe(true);
    // The second run was sent to the stuck worker too; it is started again on the new one.
    expect(workers[1]!.sent).toEqual([{ type: 'start', runId: 2, ...request, seed: 2 }]);
    workers[1]!.reply({ type: 'result', runId: 2, chunk: { kept: 1000 } as MonteCarloChunk, elapsedMs: 1 });
    expect(second.events).toEqual(['result 1000']);
    expect(first.events).toEqual(['cancelled 0/1000']);
  });

  it('turns a worker that fails to load into an error of the run', () => {
    const w = fakeWorker();
    const client = createWorkerRunner(() => w);
    const { events, l } = listener();
    client.run(request, l);
    w.onerror?.({ message: 'SyntaxError', preventDefault: () => {} } as ErrorEvent);
    expect(events).toEqual(['error SyntaxError']);
    expect(w.terminated).toBe(true);
  });

  it('summarises a chunk in the worker, moving its arrays there, apart from the run in progress', async () => {
    const w = fakeWorker();
    const transfers: unknown[][] = [];
    const post = w.postMessage;
    w.postMessage = (m, t) => { transfers.push(t); post(m, t); };
    const runner = createWorkerRunner(() => w);
    const chunk = { kept: 1, inputs: [new Float64Array(1)], cumulative: [], npv: [], payback: [] } as unknown as MonteCarloChunk;
    const summary = runner.summarise!(chunk);
    const sent = w.sent[0]!;
    expect(sent).toMatchObject({ type: 'summarise', chunk });
    expect(transfers[0]).toEqual([chunk.inputs[0]!.buffer]);
    w.reply({ type: 'summary', runId: sent.runId, summary: { draws: 1 } as never });
    await expect(summary).resolves.toEqual({ draws: 1 });
  });
});
