/**
 * `npx tsx bench/ui-latency.ts`: how long the app takes, in real headless Chromium, from an edit to
 * the updated table and the cumulative chart being painted (each timed on its own: the charts
 * render just after the table, deferred) — for the IPS example and for the large synthetic
 * portfolio (bench/synthetic-scenario.ts). Not a test. Also prints the production bundle's first
 * load (what index.html pulls in before any lazy chunk), raw and gzipped.
 *
 * The app is built as in production plus VITE_AFKAST_EXPOSE_STORE=1, which hands the store to
 * window.__afkastStore (app.tsx) so an edit can be made exactly as the editor makes it: one
 * applyEdit that changes a parameter's value. The clock starts just before the edit and stops
 * after the table (or the chart) has changed (MutationObserver), a frame has been requested (requestAnimationFrame)
 * and a task posted from that frame has run — i.e. after the browser painted the new figures.
 * Each case: 5 warm-up edits, then 30 timed ones, alternating between two values so every edit
 * changes the table. Target: median under 50 ms.
 *
 * Machines differ, so each case also prints its medians as a ratio to a baseline task timed in the
 * same page right before it (sorting 200,000 numbers in a Float64Array, median of 30): the ratio
 * is the figure to compare across machines and loads.
 *
 * `AFKAST_UI_PROFILE=<file.cpuprofile>` also records a Chromium CPU profile (CDP Profiler, 100 µs
 * sampling) of the large case (its opening, the warm-up and the timed edits) and writes it to the file (open it in Chrome's DevTools,
 * Performance panel); the sampling slows the page, so the figures of such a run are not the bench's.
 * docs/performance.md, »Edit → painted«, says what the profile showed.
 */
import { writeFileSync } from 'node:fs';
import { buildAndServe, launchChromium } from '../scripts/serve-built-app';
import { firstLoad, renderFirstLoad } from './first-load';
import { buildSyntheticScenario, SYNTHETIC_SOLVE_PARAMETER } from './synthetic-scenario';
import type { Scenario } from '../src/engine';

const TARGET_MEDIAN_MS = 50;
const WARMUP = 5;
const RUNS = 30;

interface Case { label: string; json: unknown; parameter: string; values: [number, number] }

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

async function main() {
  const app = await buildAndServe({ env: { VITE_AFKAST_EXPOSE_STORE: '1' } });
  const browser = await launchChromium();
  try {
    console.log(renderFirstLoad(firstLoad(app.outDir), 300));

    const synthetic = buildSyntheticScenario();
    const mentor = (synthetic.parameters[SYNTHETIC_SOLVE_PARAMETER] as { value: number }).value;
    const cases: Case[] = [
      { label: 'IPS example (7 years)', json: null, parameter: 'omkostning_pr_aar', values: [55_000, 65_000] },
      { label: 'synthetic portfolio (20 × 5 × 10, 40 years)', json: synthetic, parameter: SYNTHETIC_SOLVE_PARAMETER, values: [mentor, mentor * 1.2] },
    ];
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' })).newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    // tsx compiles timeEdits with esbuild's keepNames, whose __name helper does not exist in the page.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(app.url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => '__afkastStore' in window && document.querySelector('table.ledger-table'));
    console.log(`Edit → painted table and charts, ${RUNS} edits after ${WARMUP} warm-up (target: median < ${TARGET_MEDIAN_MS} ms)`);
    const profileFile = process.env.AFKAST_UI_PROFILE;
    const cdp = profileFile ? await page.context().newCDPSession(page) : null;
    for (const c of cases) {
      const baseline = await page.evaluate(timeBaseline, RUNS);
      const profiled = cdp !== null && c.json !== null;
      if (profiled) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      const samples = await page.evaluate(timeEdits, { ...c, warmup: WARMUP, runs: RUNS });
      if (profiled) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(profileFile!, JSON.stringify(profile));
        console.log(`  CPU profile of the ${c.label} edits written to ${profileFile} (these figures are slowed by the sampling)`);
      }
      const stats = (key: 'table' | 'chart' | 'committed') => {
        const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
        return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), min: sorted[0]! };
      };
      console.log(`  ${c.label} (baseline task in the page: median ${baseline.toFixed(1)} ms)`);
      for (const [key, label] of [['committed', 'table in the DOM'], ['table', 'table painted'], ['chart', 'chart painted']] as const) {
        const s = stats(key);
        console.log(`    ${label.padEnd(18)} median ${s.median.toFixed(1).padStart(6)} ms   p95 ${s.p95.toFixed(1).padStart(6)} ms   min ${s.min.toFixed(1).padStart(6)} ms`
          + `   ${(s.median / baseline).toFixed(1).padStart(5)} × baseline`
          + (key === 'committed' ? '' : `   ${s.median < TARGET_MEDIAN_MS ? 'OK' : 'OVER TARGET'}`));
      }
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

/** Runs in the page: the median time of a fixed task (sorting 200,000 pseudo-random numbers). */
function timeBaseline(runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs + 3; r++) {
    const values = new Float64Array(200_000);
    let x = 12345;
    for (let i = 0; i < values.length; i++) values[i] = (x = (x * 1103515245 + 12345) % 2147483648);
    const t0 = performance.now();
    values.sort();
    if (r >= 3) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Runs in the page: opens the case, then times each edit until the changed table has been painted. */
async function timeEdits(c: Case & { warmup: number; runs: number }): Promise<{ table: number; chart: number; committed: number }[]> {
  type Store = { getState: () => { openScenario: (json: unknown, origin: string) => unknown[]; applyEdit: (label: string, edit: (s: Scenario) => Scenario) => void } };
  const store = (window as unknown as { __afkastStore: Store }).__afkastStore;
  /** Resolves with the time at which `target` changed and the time after the next paint. */
  const paintedAfterChange = (target: Element) => new Promise<{ changed: number; painted: number }>((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      const changed = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ changed, painted: performance.now() });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(target, { subtree: true, characterData: true, childList: true, attributes: true });
  });
  const painted = () => Promise.all([
    paintedAfterChange(document.querySelector('table.ledger-table')!),
    paintedAfterChange(document.querySelector('figure.chart .recharts-wrapper')!),
  ]);
  if (c.json) {
    const errors = store.getState().openScenario(c.json, 'file');
    if (errors.length > 0) throw new Error(JSON.stringify(errors));
    await new Promise((r) => setTimeout(r, 500));
  }
  const samples: { table: number; chart: number; committed: number }[] = [];
  for (let i = 0; i < c.warmup + c.runs; i++) {
    const value = c.values[(i + 1) % 2]!;
    const done = painted();
    const t0 = performance.now();
    store.getState().applyEdit('benchmark', (s) => ({ ...s, parameters: { ...s.parameters, [c.parameter]: { ...s.parameters[c.parameter]!, value } } }));
    const [table, chart] = await done;
    if (i >= c.warmup) samples.push({ table: table.painted - t0, chart: chart.painted - t0, committed: table.changed - t0 });
    // Let autosave and other idle work run between edits, as between a user's keystrokes.
    await new Promise((r) => setTimeout(r, 50));
  }
  return samples;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
