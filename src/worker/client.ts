/**
 * The main thread's side of the Monte Carlo worker: starts a run, passes its progress and result to
 * a listener, and cancels it — first by asking (the worker stops at its next step and keeps its
 * loaded code for the next run), then, if it has not stopped within HARD_STOP_MS, by terminate().
 * The main thread never runs draws.
 */
import type { Model, MonteCarloSummary, Scenario } from '../engine';
import type { FromWorker, ToWorker } from './protocol';

/** How long a cancelled run may take to stop on its own before the worker is terminated. */
export const HARD_STOP_MS = 250;

export interface MonteCarloRequest {
  scenario: Scenario;
  model: Model;
  draws: number;
  seed: number;
}

export interface MonteCarloListener {
  progress: (done: number, planned: number) => void;
  result: (summary: MonteCarloSummary, elapsedMs: number) => void;
  /** Called at once when the run is cancelled, with the draws done so far. */
  cancelled: (done: number, planned: number) => void;
  error: (message: string, path: string | null) => void;
}

export interface MonteCarloHandle {
  cancel: () => void;
}

export interface MonteCarloClient {
  run: (request: MonteCarloRequest, listener: MonteCarloListener) => MonteCarloHandle;
}

/** What the client needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  postMessage: (message: ToWorker) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export function createMonteCarloWorker(): WorkerLike {
  return new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' });
}

export function createWorkerClient(createWorker: () => WorkerLike = createMonteCarloWorker): MonteCarloClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let active: { runId: number; request: MonteCarloRequest; listener: MonteCarloListener; done: number; planned: number } | null = null;
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
    if (active) ensureWorker().postMessage({ type: 'start', runId: active.runId, ...active.request });
  };

  const receive = (message: FromWorker) => {
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
        listener.result(message.summary, message.elapsedMs);
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
      failed?.listener.error(event.message || 'the Monte Carlo worker failed', null);
    };
    return (worker = created);
  };

  const cancel = (runId: number) => {
    if (!active || active.runId !== runId) return;
    const { listener, done, planned } = active;
    active = null;
    worker?.postMessage({ type: 'cancel', runId });
    stopping.set(runId, setTimeout(stopStuck, HARD_STOP_MS));
    listener.cancelled(done, planned);
  };

  return {
    run(request, listener) {
      if (active) cancel(active.runId);
      const runId = nextId++;
      active = { runId, request, listener, done: 0, planned: request.draws };
      ensureWorker().postMessage({ type: 'start', runId, ...request });
      return { cancel: () => cancel(runId) };
    },
  };
}
