/**
 * `npm run bench:montecarlo`: 10,000 Monte Carlo draws of the portfolio example
 * (scenarios/portefoelje-budgetperiode.json, seed 1) against 10,000 × the median of one
 * projection of the same case, all in this run, so the ratio holds on any machine:
 * (a) the draws on one thread (runMonteCarlo), (b) the draws split over worker threads, one chunk
 * each, merged in draw order (mergeMonteCarlo; the bench checks that the merged summary equals the
 * single-thread one, bit for bit). Target (issue 13): wall time ≤ ¼ of 10,000 × the single median.
 * Options: --draws N, --workers N (default: the machine's available parallelism).
 * The browser measurement (Web Worker in headless Chromium) is `npm run bench:montecarlo:browser`.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { mergeMonteCarlo, runMonteCarlo, runScenario, type MonteCarloChunk } from '../src/engine';
import { parseScenarioText } from '../src/io/load-scenario';
import { measure } from './measure';

const { values: flags } = parseArgs({ options: { draws: { type: 'string' }, workers: { type: 'string' } } });
const DRAWS = Number(flags.draws ?? 10_000);
const WORKERS = Number(flags.workers ?? availableParallelism());
const SEED = '1';

const loaded = parseScenarioText(readFileSync(new URL('../scenarios/portefoelje-budgetperiode.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('portfolio example');
const { scenario, model } = loaded.value;

const single = measure('one projection', () => runScenario(scenario, model), { warmup: 300, runs: 2000 });
const naiveMs = single.medianMs * DRAWS;

let t0 = performance.now();
const oneThread = runMonteCarlo(scenario, model, { draws: DRAWS, seed: SEED });
const oneThreadMs = performance.now() - t0;
if (!oneThread.ok) throw new Error('Monte Carlo');

function chunkInWorker(draws: number, firstDraw: number): Promise<{ chunk: MonteCarloChunk; drawsMs: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./monte-carlo-chunk.worker.mjs', import.meta.url), {
      workerData: { scenario, model, draws, seed: SEED, firstDraw },
    });
    worker.once('message', (done: { chunk: MonteCarloChunk; drawsMs: number }) => { resolve(done); void worker.terminate(); });
    worker.once('error', reject);
  });
}

t0 = performance.now();
const sizes = Array.from({ length: WORKERS }, (_, w) => Math.floor(DRAWS / WORKERS) + (w < DRAWS % WORKERS ? 1 : 0));
const starts = sizes.map((_, w) => sizes.slice(0, w).reduce((a, b) => a + b, 0));
const done = await Promise.all(sizes.map((size, w) => chunkInWorker(size, starts[w]!)));
const merged = mergeMonteCarlo(done.map((d) => d.chunk));
const slowestChunkMs = Math.max(...done.map((d) => d.drawsMs));
const workersMs = performance.now() - t0;
const identical = isDeepStrictEqual(merged, oneThread.value);

const ms = (x: number) => `${x.toFixed(0)} ms`;
process.stdout.write([
  `Node ${process.version}; ${availableParallelism()} cores; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  `Monte Carlo: ${DRAWS} draws of the portfolio example, seed ${SEED}`,
  `  one projection: median ${single.medianMs.toFixed(3)} ms (min ${single.minMs.toFixed(3)}); × ${DRAWS} = ${ms(naiveMs)}`,
  `  one thread:            ${ms(oneThreadMs)}  = ${(oneThreadMs / naiveMs).toFixed(2)} × the naive time`,
  `  ${WORKERS} worker threads:      ${ms(workersMs)}  = ${(workersMs / naiveMs).toFixed(2)} × the naive time (worker start-up included)`,
  `    of which the slowest worker's draws: ${ms(slowestChunkMs)} = ${(slowestChunkMs / naiveMs).toFixed(2)} × (the rest is starting a thread and loading the engine through tsx)`,
  `  merged summary equals the one-thread summary bit for bit: ${identical ? 'yes' : 'NO'}`,
  `  target ≤ 0.25 × the naive time: ${workersMs / naiveMs <= 0.25 ? 'met' : 'NOT met'}`,
  '',
].join('\n'));
if (!identical) process.exitCode = 1;
