/**
 * `npm run bench`: how long a projection and a break-even solve take, for the IPS reference case
 * and for the large synthetic portfolio (bench/synthetic-scenario.ts). Not a test: it prints
 * median and 95th-percentile wall time per run and runs per second, measured with performance.now
 * after a warm-up (so the JIT has compiled the hot paths, as in a browser session that has been
 * editing for a while). Parsing the file is not timed; the product owner's target is about the
 * projection the app reruns on every edit: the large scenario under 5 ms median.
 *
 * Options: --quick (fewer runs, for a smoke check), --json (the figures as JSON).
 * Profile with: node --cpu-prof --import tsx bench/run.ts --only large
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { runScenario, solveBreakEven, type Model, type Scenario } from '../src/engine';
import { parseScenarioJson, parseScenarioText } from '../src/io/load-scenario';
import { buildSyntheticScenario, SYNTHETIC_SOLVE_PARAMETER } from './synthetic-scenario';
import { measure, measurePair, renderResults, type Measurement } from './measure';
import { createFloor } from './floor';

const TARGET_MEDIAN_MS = 5;
/** Issue 13: the large projection within this multiple of the arithmetic floor (bench/floor.ts). */
const TARGET_FLOOR_RATIO = 2;

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean' }, json: { type: 'boolean' }, only: { type: 'string' } },
});
const quick = flags.quick ?? false;

function loaded(result: ReturnType<typeof parseScenarioText>): { scenario: Scenario; model: Model } {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.value;
}

function project(scenario: Scenario, model: Model): void {
  const run = runScenario(scenario, model);
  if (!run.ok) throw new Error(JSON.stringify(run.errors.slice(0, 3)));
}

function solve(scenario: Scenario, model: Model, parameter: string): number {
  const solved = solveBreakEven(scenario, model, { parameter, ledger: 'total', metric: 'npv' });
  if (!solved.ok || !solved.value.found) throw new Error(`no break-even for ${parameter}: ${JSON.stringify(solved)}`);
  return solved.value.value;
}

const ipsText = readFileSync(new URL('../scenarios/ips-inklusion.json', import.meta.url), 'utf8');
const ips = loaded(parseScenarioText(ipsText));
const large = loaded(parseScenarioJson(buildSyntheticScenario()));
const largeRun = runScenario(large.scenario, large.model);
if (!largeRun.ok) throw new Error(JSON.stringify(largeRun.errors.slice(0, 3)));

const size = {
  lines: largeRun.value.lines.length,
  participants: largeRun.value.participants,
  months: largeRun.value.horizonYears * 12,
};
const floor = createFloor({ lines: largeRun.value.lines.length, months: largeRun.value.horizonYears * 12, ledgers: 3 });

const runs = (n: number) => (quick ? Math.max(5, Math.round(n / 10)) : n);
const cases: { id: string; label: string; fn: () => unknown; warmup: number; runs: number }[] = [
  { id: 'ips', label: 'IPS: runScenario', fn: () => project(ips.scenario, ips.model), warmup: runs(500), runs: runs(5000) },
  { id: 'ips-load', label: 'IPS: parse + runScenario (loadAndRun path)', fn: () => project(...asPair(loaded(parseScenarioText(ipsText)))), warmup: runs(200), runs: runs(2000) },
  { id: 'large', label: 'Large: runScenario', fn: () => project(large.scenario, large.model), warmup: runs(50), runs: runs(300) },
  { id: 'ips-solve', label: 'IPS: solveBreakEven (andel_job_med_ips, total NPV)', fn: () => solve(ips.scenario, ips.model, 'andel_job_med_ips'), warmup: runs(20), runs: runs(200) },
  { id: 'large-solve', label: `Large: solveBreakEven (${SYNTHETIC_SOLVE_PARAMETER}, total NPV)`, fn: () => solve(large.scenario, large.model, SYNTHETIC_SOLVE_PARAMETER), warmup: runs(3), runs: runs(20) },
];

function asPair(l: { scenario: Scenario; model: Model }): [Scenario, Model] {
  return [l.scenario, l.model];
}

const results: Measurement[] = [];
for (const c of cases) {
  if (flags.only && flags.only !== c.id) continue;
  results.push(measure(c.label, c.fn, { warmup: c.warmup, runs: c.runs }));
}

// The floor ratio: the large projection and the floor timed alternately in this process.
const pair = !flags.only || flags.only === 'floor'
  ? measurePair(
    { label: 'Large: runScenario (paired with the floor)', fn: () => project(large.scenario, large.model) },
    { label: `Floor: 1 multiply-add per line-month (${size.lines} × ${size.months})`, fn: () => floor.run() },
    { warmup: runs(50), runs: runs(300) },
  )
  : undefined;
if (pair) results.push(pair.a, pair.b);
const largeMedian = results.find((r) => r.label.startsWith('Large: runScenario'))?.medianMs;
const floorRatio = pair?.medianRatio;
if (flags.json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, size, targetMedianMs: TARGET_MEDIAN_MS, floorRatio, floorMinRatio: pair?.minRatio, loadAverage: loadavg(), targetFloorRatio: TARGET_FLOOR_RATIO, results }, null, 2)}\n`);
} else {
  process.stdout.write(`Node ${process.version}; large scenario: ${size.lines} lines, ${size.participants} participants, ${size.months} months\n\n`);
  process.stdout.write(renderResults(results));
  if (largeMedian !== undefined) {
    const verdict = largeMedian < TARGET_MEDIAN_MS ? 'met' : 'NOT met';
    process.stdout.write(`\nTarget: large scenario under ${TARGET_MEDIAN_MS} ms median: ${verdict} (${largeMedian.toFixed(2)} ms)\n`);
  }
  if (floorRatio !== undefined) {
    const verdict = floorRatio <= TARGET_FLOOR_RATIO ? 'met' : 'NOT met';
    process.stdout.write(`Target: large / floor ≤ ${TARGET_FLOOR_RATIO}: ${verdict} (medians ${pair!.a.medianMs.toFixed(3)} ms / ${pair!.b.medianMs.toFixed(3)} ms = ${floorRatio.toFixed(2)}; minima ${pair!.a.minMs.toFixed(3)} / ${pair!.b.minMs.toFixed(3)} = ${pair!.minRatio.toFixed(2)}); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  }
}
