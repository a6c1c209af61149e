/**
 * The Monte Carlo worker: runs draws [from, to) of a run off the main thread, a step at a time,
 * posting progress after each step and the chunk of draws at the end (the main thread merges the
 * chunks of a pool in draw order). Between steps it lets queued messages in, so
 * a cancel stops the run at the next step (the client's terminate() is the hard stop).
 * The handler is a plain function of a post callback, so tests drive it in Node without a Worker.
 */
import { mergeMonteCarlo, startMonteCarlo } from '../engine';
import { chunkBuffers, DEFAULT_STEP, errorMessage, MAX_DRAWS, type FromWorker, type ToWorker } from './protocol';

export interface HandlerOptions {
  /** Yields to the event loop between steps, so a cancel can arrive. */
  pause?: () => Promise<void>;
  now?: () => number;
}

const timeoutPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The message handler: returns a promise that settles when the message's work is over. */
export function createMonteCarloHandler(post: (message: FromWorker) => void, options: HandlerOptions = {}) {
  const pause = options.pause ?? timeoutPause;
  const now = options.now ?? (() => performance.now());
  let current: { runId: number; cancelled: boolean } | null = null;

  async function start(message: Extract<ToWorker, { type: 'start' }>): Promise<void> {
    const { runId, scenario, model, seed, from, to } = message;
    const draws = to - from;
    if (current) current.cancelled = true; // a new run replaces the one in progress
    if (!Number.isInteger(from) || from < 0 || !Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
      post({ type: 'error', runId, message: `draws must be a whole number from 1 to ${MAX_DRAWS}`, path: null });
      return;
    }
    const run = { runId, cancelled: false };
    current = run;
    const step = Math.max(1, Math.floor(message.step ?? DEFAULT_STEP));
    const began = now();
    try {
      const started = startMonteCarlo(scenario, model, { draws, seed, firstDraw: from });
      if (!started.ok) {
        post(errorMessage(runId, started.errors[0] ?? 'the scenario cannot be computed'));
        return;
      }
      const mc = started.value;
      while (mc.done < mc.planned) {
        mc.step(step);
        post({ type: 'progress', runId, done: mc.done, planned: mc.planned });
        await pause();
        if (run.cancelled) {
          post({ type: 'cancelled', runId, done: mc.done, planned: mc.planned });
          return;
        }
      }
      post({ type: 'result', runId, chunk: mc.chunk(), elapsedMs: now() - began });
    } catch (error) {
      post(errorMessage(runId, error));
    } finally {
      if (current === run) current = null;
    }
  }

  return (message: ToWorker): Promise<void> => {
    if (message.type === 'start') return start(message);
    if (message.type === 'summarise') {
      try {
        post({ type: 'summary', runId: message.runId, summary: mergeMonteCarlo([message.chunk]) });
      } catch (error) {
        post(errorMessage(message.runId, error));
      }
      return Promise.resolve();
    }
    if (current?.runId === message.runId) current.cancelled = true;
    return Promise.resolve();
  };
}

/** A pause through a MessageChannel: unlike nested setTimeout calls it is not clamped to 4 ms. */
function channelPause(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () => new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

declare const WorkerGlobalScope: unknown;

// Wired only inside a worker; imported in Node (tests), the module just exports the handler.
if (typeof WorkerGlobalScope !== 'undefined') {
  const scope = self as unknown as {
    postMessage: (message: FromWorker, transfer?: Transferable[]) => void;
    addEventListener: (type: 'message', listener: (event: MessageEvent<ToWorker>) => void) => void;
  };
  // A chunk's arrays are moved, not copied: the worker has no further use for them.
  const transferOf = (message: FromWorker): Transferable[] => message.type === 'result' ? chunkBuffers(message.chunk) : [];
  const handle = createMonteCarloHandler((message) => scope.postMessage(message, transferOf(message)), { pause: channelPause() });
  scope.addEventListener('message', (event) => void handle(event.data));
}
