/**
 * `npm run bench:scale`: whether the engine's work grows linearly with the size of a file (issue 9,
 * item 7). Two shapes, each at three sizes in the same run:
 *  - a chain of parameters p0 = 1, p1 = p0 + 1, … (issue 9 measured 117 s and 1.9 GB for 20,000):
 *    load the file, project it, and explain the figure that rests on the whole chain;
 *  - one target group with many cohorts (bench/many-cohorts.ts, the 4.9 MB file of 100,000):
 *    load and project.
 * Prints the median of a few runs per size and the ratio t(2n)/t(n): near-linear work gives about 2,
 * quadratic about 4. Not a test: the figures depend on the machine; only the ratios are compared.
 *
 * Options: --runs N (default 3).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { explainFigure, runScenario } from '../src/engine';
import { parseScenarioJson } from '../src/io/load-scenario';
import { manyCohortsScenario } from './many-cohorts';

const { values: flags } = parseArgs({ options: { runs: { type: 'string' } } });
const RUNS = Number(flags.runs ?? 3);

/** The IPS case plus p0 … p(n−1), the last one the cost per year of the intervention. */
function chainedScenario(n: number): Record<string, unknown> {
  const json = JSON.parse(readFileSync(new URL('../scenarios/ips-inklusion.json', import.meta.url), 'utf8')) as { parameters: Record<string, { value: unknown }> };
  for (let i = 0; i < n; i++) json.parameters[`p${i}`] = { value: i === 0 ? 1 : `p${i - 1} + 1` };
  json.parameters.omkostning_pr_aar!.value = `p${n - 1} * 55000 / ${n}`; // still 55.000 kr.
  return json;
}

function loadRunExplain(json: unknown, explain: boolean): { dependencies: number } {
  const loaded = parseScenarioJson(json);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors.slice(0, 3)));
  const { scenario, model } = loaded.value;
  const run = runScenario(scenario, model);
  if (!run.ok) throw new Error(JSON.stringify(run.errors.slice(0, 3)));
  if (!explain) return { dependencies: 0 };
  const e = explainFigure(run.value, scenario, model, { ledger: 'kommune', year: 1, measure: 'annual' });
  return { dependencies: e.dependencies.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function series(label: string, sizes: number[], build: (n: number) => unknown, explain: boolean): void {
  console.log(`${label} (median of ${RUNS})`);
  loadRunExplain(build(sizes[0]! / 10), explain); // warm-up: the JIT compiles the hot paths
  let previous: number | undefined;
  for (const n of sizes) {
    const json = build(n);
    const samples: number[] = [];
    let dependencies = 0;
    for (let r = 0; r < RUNS; r++) {
      // Each run loads its own copy: the loader may keep references to what it parsed.
      const copy = structuredClone(json);
      const t0 = performance.now();
      dependencies = loadRunExplain(copy, explain).dependencies;
      samples.push(performance.now() - t0);
    }
    const t = median(samples);
    const heap = process.memoryUsage().heapUsed / 1024 / 1024;
    const ratio = previous === undefined ? '' : `   t(${n})/t(${n / 2}) = ${(t / previous).toFixed(2)}`;
    console.log(`  n = ${String(n).padStart(7)}: ${t.toFixed(0).padStart(6)} ms   heap ${heap.toFixed(0).padStart(5)} MB${explain ? `   ${dependencies} names explained` : ''}${ratio}`);
    previous = t;
  }
}

series('Chained parameters: load + project + explain', [5_000, 10_000, 20_000], chainedScenario, true);
series('Cohorts in one target group: load + project', [25_000, 50_000, 100_000], (n) => manyCohortsScenario(n).json, false);
console.log('Near-linear work gives ratios about 2; quadratic about 4.');
