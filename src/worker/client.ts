/**
 * The one-worker Runner (src/engine/uncertainty/runner): the main thread's side of the Monte Carlo
 * worker. It starts a job (draws [from, to)), passes its progress and chunk to a listener, and cancels it — first by asking (the worker stops at its next step and keeps its
 * loaded code for the next run), then, if it has not stopped within HARD_STOP_MS, by terminate().
 * The main thread never runs draws.
 */
import type { MonteCarloChunk, MonteCarloJob, MonteCarloRunner, MonteCarloSummary, RunnerListener } from '../engine';
import { chunkBuffers, type FromWorker, type ToWorker } from './protocol';

/** How long a cancelled run may take to stop on its own before the worker is terminated. */
export const HARD_STOP_MS = 250;

/** What the client needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  postMessage: (message: ToWorker, transfer: Transferable[]) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export function createMonteCarloWorker(): WorkerLike {
  return new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' });
}

export function createWorkerRunner(createWorker: () => WorkerLike = createMonteCarloWorker): MonteCarloRunner {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let active: { runId: number; job: MonteCarloJob; listener: RunnerListener; done: number; planned: number } | null = null;
  const stopping = new Map<number, ReturnType<typeof setTimeout>>();

  const hardStop = () => {
    worker?.terminate();
    worker = null;
    stopping.forEach((timer) => clearTimeout(timer));
    stopping.clear();
  };

  /** A cancelled run that did not stop: terminate it, and restart on a fresh worker a run started since. */
  const stopStuck = () => {
    hardStop();
    if (active) ensureWorker().postMessage({ type: 'start', runId: active.runId, ...active.job }, []);
  };

  const summaries = new Map<number, { resolve: (s: MonteCarloSummary) => void; reject: (e: Error) => void }>();

  const receive = (message: FromWorker) => {
    const waiting = summaries.get(message.runId);
    if (waiting && (message.type === 'summary' || message.type === 'error')) {
      summaries.delete(message.runId);
      if (message.type === 'summary') waiting.resolve(message.summary);
      else waiting.reject(new Error(message.message));
      return;
    }
    if (message.type === 'cancelled') {
      clearTimeout(stopping.get(message.runId));
      stopping.delete(message.runId);
    }
    if (!active || message.runId !== active.runId) return; // a late message of an earlier run
    const { listener } = active;
    switch (message.type) {
      case 'progress':
        active.done = message.done;
        listener.progress(message.done, message.planned);
        return;
      case 'result':
        active = null;
        listener.result(message.chunk, message.elapsedMs);
        return;
      case 'cancelled':
        active = null;
        listener.cancelled(message.done, message.planned);
        return;
      case 'error':
        active = null;
        listener.error(message.message, message.path);
    }
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const created = createWorker();
    created.onmessage = (event) => receive(event.data);
    created.onerror = (event) => {
      event.preventDefault?.();
      const failed = active;
      active = null;
      hardStop();
      summaries.forEach((w) => w.reject(new Error(event.message || 'the Monte Carlo worker failed')));
      summaries.clear();
      failed?.listener.error(event.message || 'the Monte Carlo worker failed', null);
    };
    return (worker = created);
  };

  const cancel = (runId: number) => {
    if (!active || active.runId !== runId) return;
    const { listener, done, planned } = active;
    active = null;
    worker?.postMessage({ type: 'cancel', runId }, []);
    stopping.set(runId, setTimeout(stopStuck, HARD_STOP_MS));
    listener.cancelled(done, planned);
  };

  return {
    /** Summarises a whole run's chunk in the worker (its arrays are moved there, not copied). */
    summarise(chunk: MonteCarloChunk) {
      const runId = nextId++;
      return new Promise<MonteCarloSummary>((resolve, reject) => {
        summaries.set(runId, { resolve, reject });
        ensureWorker().postMessage({ type: 'summarise', runId, chunk }, chunkBuffers(chunk));
      });
    },
    run(job, listener) {
      if (active) cancel(active.runId);
      const runId = nextId++;
      active = { runId, job, listener, done: 0, planned: job.to - job.from };
      ensureWorker().postMessage({ type: 'start', runId, ...job }, []);
      return { cancel: () => cancel(runId) };
    },
  };
}
