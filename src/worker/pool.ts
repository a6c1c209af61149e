/**
 * The worker pool Runner: splits a job's draws [from, to) into one consecutive chunk per worker, runs
 * them at once, sums their progress and concatenates their chunks in draw order. Every draw has its
 * own generator seeded from (seed, i), so the result is bit-identical to one worker's (and to the
 * in-process runner's). Cancel cancels every part; the first error cancels the others. The main
 * thread only copies the chunks' typed arrays together. The parts are any Runner (tests pass the
 * in-process runner or a fake); the app's are one-worker runners (client.ts), made on the first run
 * and kept for the next. The merged chunk is summarised (sorted) in the first worker, not here.
 */
import { concatChunks, mergeMonteCarlo, splitDraws, type MonteCarloChunk, type MonteCarloRunner, type RunnerHandle } from '../engine';
import { createWorkerRunner } from './client';

/** At most this many workers, whatever the machine says (each holds its own copy of the engine). */
export const MAX_POOL = 8;

/** navigator.hardwareConcurrency, capped at MAX_POOL, at least 1. */
export function poolSize(hardwareConcurrency: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  const n = Math.floor(Number(hardwareConcurrency));
  return Number.isFinite(n) ? Math.min(MAX_POOL, Math.max(1, n)) : 1;
}

export function createPoolRunner(
  size: number = poolSize(),
  createRunner: () => MonteCarloRunner = () => createWorkerRunner(),
  now: () => number = () => performance.now(),
): MonteCarloRunner {
  const runners: MonteCarloRunner[] = [];
  const runnerAt = (i: number) => (runners[i] ??= createRunner());
  let stopActive: (() => void) | null = null;

  return {
    /** The merged chunk is summarised by the first part's worker, off the main thread. */
    summarise: (chunk) => {
      const first = runnerAt(0);
      return first.summarise ? first.summarise(chunk) : Promise.resolve(mergeMonteCarlo([chunk]));
    },
    run(job, listener) {
      stopActive?.();
      const ranges = splitDraws(job.from, job.to, Math.max(1, Math.floor(size)));
      const planned = job.to - job.from;
      const done = ranges.map(() => 0);
      const chunks: (MonteCarloChunk | null)[] = ranges.map(() => null);
      const handles: RunnerHandle[] = [];
      const began = now();
      let over = false;
      const sum = () => done.reduce((a, b) => a + b, 0);
      const stopParts = () => {
        over = true;
        if (stopActive === stop) stopActive = null;
        handles.forEach((h) => h.cancel());
      };
      const stop = () => {
        if (over) return;
        stopParts();
        listener.cancelled(sum(), planned);
      };
      stopActive = stop;
      for (let i = 0; i < ranges.length && !over; i++) {
        const [from, to] = ranges[i]!;
        const handle = runnerAt(i).run({ ...job, from, to }, {
          progress: (d) => {
            if (over) return;
            done[i] = d;
            listener.progress(sum(), planned);
          },
          result: (chunk) => {
            if (over) return;
            chunks[i] = chunk;
            done[i] = to - from;
            if (chunks.some((c) => c === null)) return;
            over = true;
            if (stopActive === stop) stopActive = null;
            listener.result(concatChunks(chunks as MonteCarloChunk[]), now() - began);
          },
          cancelled: () => {}, // only ever because this pool asked
          error: (message, path) => {
            if (over) return;
            stopParts();
            listener.error(message, path);
          },
        });
        handles.push(handle); // a part that failed at once (over) starts no more
      }
      return { cancel: stop };
    },
  };
}
