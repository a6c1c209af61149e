/** A worker thread for bench/monte-carlo-ratio.ts: runs one chunk of draws and posts it back. */
import { parentPort, workerData } from 'node:worker_threads';
import { startMonteCarlo, type Model, type Scenario } from '../src/engine';

const { scenario, model, draws, seed, firstDraw } = workerData as { scenario: Scenario; model: Model; draws: number; seed: string; firstDraw: number };
const t0 = performance.now();
const started = startMonteCarlo(scenario, model, { draws, seed, firstDraw });
if (!started.ok) throw new Error(JSON.stringify(started.errors[0]));
started.value.step(draws);
parentPort!.postMessage({ chunk: started.value.chunk(), drawsMs: performance.now() - t0 });
