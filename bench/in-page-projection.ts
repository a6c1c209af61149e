/**
 * The single-projection baseline of the browser Monte Carlo bench (bench/monte-carlo-worker.ts),
 * timed in the same page as the draws. inPageProjection() bundles this file's entry (below) with
 * esbuild into one script, minified as the production build is; the bench evaluates it in the
 * page (through the DevTools protocol, so the app's Content-Security-Policy stays as shipped) and
 * calls window.__afkastTimeProjection with the example's text: it parses the scenario once, then
 * times runScenario, warm-up first. The page's clock is coarse (Chromium rounds performance.now()
 * to 0.1 ms without cross-origin isolation), so a sample is the mean of `batch` projections in a
 * row; the median is taken over the samples. Not part of the app.
 */
import { build } from 'esbuild';

export interface ProjectionTiming { runs: number; batch: number; medianMs: number; minMs: number; samples: number[] }

/** The script that defines window.__afkastTimeProjection(text, warmup, runs, batch) in the page. */
export async function inPageProjection(): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' },
    bundle: true, format: 'iife', platform: 'browser', target: 'es2022', minify: true, write: false, logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

const ENTRY = `
import { runScenario } from '../src/engine';
import { parseScenarioText } from '../src/io/load-scenario';

(globalThis as any).__afkastTimeProjection = (text: string, warmup: number, runs: number, batch: number) => {
  const loaded = parseScenarioText(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors[0]));
  const { scenario, model } = loaded.value;
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = runScenario(scenario, model);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let j = 0; j < batch; j++) sink = runScenario(scenario, model);
    samples.push((performance.now() - t0) / batch);
  }
  if (sink === null) throw new Error('unreachable');
  const sorted = samples.slice().sort((a, b) => a - b);
  return { runs, batch, medianMs: sorted[Math.floor(runs / 2)], minMs: sorted[0], samples };
};
`;
