/**
 * The Runner: what the app and the command line need of whatever runs Monte Carlo draws. A runner
 * runs draws [from, to) of a scenario with a seed and hands back their chunk (the partial summary,
 * mergeable in draw order). Because every draw has its own generator seeded from (seed, i), a run
 * split into any number of chunks, run anywhere, concatenated in draw order gives the same summary
 * bit for bit. Three runners: in-process (here; tests and the command line's fallback), one Web
 * Worker and a pool of them (src/worker). The engine stays pure: nothing here knows about threads.
 */
import { mergeMonteCarlo, startMonteCarlo, type MonteCarloChunk, type MonteCarloSummary } from './monte-carlo';

export { concatChunks } from './monte-carlo';
import type { Model } from '../model/catalogue';
import type { Scenario } from '../model/scenario';

/** The most draws a run may ask for: 200,000 draws of an 8-year case with four keys hold ≈ 60 MB. */
export const MAX_DRAWS = 200_000;

/** Draws [from, to) of one run (scenario, model, seed). */
export interface MonteCarloJob {
  scenario: Scenario;
  model: Model;
  seed: number | string;
  from: number;
  to: number;
}

export interface RunnerListener {
  /** Draws of this job done so far, of `planned` (= to − from). */
  progress: (done: number, planned: number) => void;
  /** The job's draws, in draw order; elapsedMs is the runner's wall time. */
  result: (chunk: MonteCarloChunk, elapsedMs: number) => void;
  /** Called at once when the job is cancelled, with the draws done so far. */
  cancelled: (done: number, planned: number) => void;
  error: (message: string, path: string | null) => void;
}

export interface RunnerHandle {
  cancel: () => void;
}

export interface MonteCarloRunner {
  run: (job: MonteCarloJob, listener: RunnerListener) => RunnerHandle;
  /**
   * Summarises a whole run's chunk elsewhere (a worker: sorting 5,000 draws' figures takes longer
   * than a frame). Without it runThrough summarises in the calling thread.
   */
  summarise?: (chunk: MonteCarloChunk) => Promise<MonteCarloSummary>;
}

/** [from, to) cut into `parts` ranges of near-equal size, in order (fewer when there are fewer draws). */
export function splitDraws(from: number, to: number, parts: number): [number, number][] {
  const total = Math.max(0, to - from);
  const n = Math.max(1, Math.min(Math.floor(parts), total));
  const ranges: [number, number][] = [];
  let at = from;
  for (let i = 0; i < n; i++) {
    const size = Math.floor(total / n) + (i < total % n ? 1 : 0);
    ranges.push([at, at + size]);
    at += size;
  }
  return ranges;
}

export interface InProcessOptions {
  /** Draws per step (default: all at once). */
  step?: number;
  /** Awaited between steps, so a cancel can arrive; without it the job runs synchronously inside run(). */
  pause?: () => Promise<void>;
  /** A clock for elapsedMs (the engine has none of its own). */
  now?: () => number;
}

function messageOf(error: unknown): { message: string; path: string | null } {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { message, path } = error as { message: unknown; path?: unknown };
    return { message: String(message), path: typeof path === 'string' ? path : null };
  }
  return { message: String(error), path: null };
}

/** Runs the draws on the calling thread (tests, the command line's fallback). */
export function createInProcessRunner(options: InProcessOptions = {}): MonteCarloRunner {
  const now = options.now ?? (() => 0); // the engine reads no clock: elapsedMs is 0 unless given one
  return {
    run(job, listener) {
      const planned = Math.max(0, job.to - job.from);
      let cancelled = false;
      let finished = false;
      let done = 0;
      const began = now();
      const started = startMonteCarlo(job.scenario, job.model, { draws: planned, seed: job.seed, firstDraw: job.from });
      const fail = (error: unknown) => {
        finished = true;
        const { message, path } = messageOf(error);
        listener.error(message, path);
      };
      const handle: RunnerHandle = {
        cancel: () => {
          if (finished || cancelled) return;
          cancelled = true;
          listener.cancelled(done, planned);
        },
      };
      if (!started.ok) {
        fail(started.errors[0] ?? 'the scenario cannot be computed');
        return handle;
      }
      const mc = started.value;
      const step = Math.max(1, Math.floor(options.step ?? Math.max(1, planned)));
      const finish = () => {
        finished = true;
        listener.result(mc.chunk(), now() - began);
      };
      if (!options.pause) {
        try {
          while (mc.done < mc.planned) listener.progress((done = mc.step(step)), planned);
          finish();
        } catch (error) { fail(error); }
        return handle;
      }
      const pause = options.pause;
      void (async () => {
        try {
          while (mc.done < mc.planned) {
            listener.progress((done = mc.step(step)), planned);
            await pause();
            if (cancelled) return;
          }
          if (!cancelled) finish();
        } catch (error) { if (!cancelled) fail(error); }
      })();
      return handle;
    },
  };
}

/** What a whole run reports: the summary of all its draws (the app's store and the command line). */
export interface SummaryListener {
  progress: (done: number, planned: number) => void;
  result: (summary: MonteCarloSummary, elapsedMs: number) => void;
  cancelled: (done: number, planned: number) => void;
  error: (message: string, path: string | null) => void;
}

/** Runs draws [0, draws) through a runner and summarises them (mergeMonteCarlo of the one chunk). */
export function runThrough(
  runner: MonteCarloRunner,
  request: { scenario: Scenario; model: Model; draws: number; seed: number | string },
  listener: SummaryListener,
): RunnerHandle {
  const { scenario, model, draws, seed } = request;
  let summarising = false, cancelled = false;
  const handle = runner.run({ scenario, model, seed, from: 0, to: draws }, {
    progress: listener.progress,
    result: (chunk, elapsedMs) => {
      if (!runner.summarise) return listener.result(mergeMonteCarlo([chunk]), elapsedMs);
      summarising = true;
      runner.summarise(chunk).then(
        (summary) => { if (!cancelled) listener.result(summary, elapsedMs); },
        (error: unknown) => { if (!cancelled) listener.error(error instanceof Error ? error.message : String(error), null); },
      );
    },
    cancelled: listener.cancelled,
    error: listener.error,
  });
  return {
    cancel: () => {
      if (!summarising) return handle.cancel();
      if (cancelled) return;
      cancelled = true; // every draw is done; only the summary is dropped
      listener.cancelled(draws, draws);
    },
  };
}
