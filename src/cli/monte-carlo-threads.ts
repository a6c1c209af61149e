/**
 * --montecarlo on worker threads: the draws [0, N) split into one consecutive chunk per thread
 * (os.availableParallelism() by default, one per 1,000 draws at most, or --threads), each run by startMonteCarlo in its own
 * thread and merged in draw order. Every draw has its own generator seeded from (seed, i), so the
 * answer is the same, bit for bit, as one thread's. With one thread the draws run in this thread.
 * The thread is this module itself (in the bundle: the bundle), started with a tag in its workerData;
 * from TypeScript sources (tsx, tests) it is started through tsx's loader.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  mergeMonteCarlo, monteCarloOutcome, runMonteCarlo, splitDraws, startMonteCarlo,
  type EngineError, type Model, type MonteCarloChunk, type MonteCarloSummary, type Result, type Scenario,
} from '../engine';

const TAG = 'afkast-monte-carlo-thread';
/** More threads than this cost start-up (each loads the engine) for little gain. */
export const MAX_THREADS = 16;

interface ThreadJob { scenario: Scenario; model: Model; seed: string; from: number; to: number }
type ThreadReply = { ok: true; chunk: MonteCarloChunk } | { ok: false; errors: EngineError[] };

/** Each thread starts its own copy of the engine (tens of ms bundled, about a second under tsx): a small run stays on one. */
export const MIN_DRAWS_PER_THREAD = 1000;

/** os.availableParallelism() threads (at most MAX_THREADS), but no more than one per MIN_DRAWS_PER_THREAD draws. */
export function defaultThreads(draws: number): number {
  return Math.max(1, Math.min(MAX_THREADS, availableParallelism(), Math.floor(draws / MIN_DRAWS_PER_THREAD)));
}

function startThread(job: ThreadJob): Worker {
  const self = import.meta.url;
  const data = { [TAG]: job };
  if (!self.endsWith('.ts')) return new Worker(new URL(self), { workerData: data });
  // Node 20 cannot load TypeScript itself: register tsx in the thread, then import this file.
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}

function chunkOnThread(job: ThreadJob): Promise<ThreadReply> {
  return new Promise((resolve, reject) => {
    const worker = startThread(job);
    worker.once('message', (reply: ThreadReply) => { resolve(reply); void worker.terminate(); });
    worker.once('error', reject);
  });
}

export async function monteCarloOnThreads(
  scenario: Scenario, model: Model, options: { draws: number; seed: string; threads?: number },
): Promise<Result<MonteCarloSummary, EngineError>> {
  const threads = options.threads ?? defaultThreads(options.draws);
  if (threads <= 1) return runMonteCarlo(scenario, model, options);
  const replies = await Promise.all(splitDraws(0, options.draws, threads)
    .map(([from, to]) => chunkOnThread({ scenario, model, seed: options.seed, from, to })));
  const chunks: MonteCarloChunk[] = [];
  for (const reply of replies) {
    if (!reply.ok) return reply;
    chunks.push(reply.chunk);
  }
  return monteCarloOutcome(mergeMonteCarlo(chunks));
}

// The thread's side: run the chunk, post it back.
const job = !isMainThread && (workerData as Record<string, ThreadJob> | null)?.[TAG];
if (job && parentPort) {
  const started = startMonteCarlo(job.scenario, job.model, { draws: job.to - job.from, seed: job.seed, firstDraw: job.from });
  if (!started.ok) parentPort.postMessage({ ok: false, errors: started.errors } satisfies ThreadReply);
  else {
    started.value.step(started.value.planned);
    parentPort.postMessage({ ok: true, chunk: started.value.chunk() } satisfies ThreadReply);
  }
}
