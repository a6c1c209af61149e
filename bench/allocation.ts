/**
 * How many bytes one large projection allocates on the JavaScript heap (the collector's work, which
 * the floor does not have): the growth of the used heap across one projection, median over the
 * runs in which no collection intervened. Not a test; a figure for docs/performance.md.
 * Usage: npx tsx bench/allocation.ts
 */
import { getHeapStatistics } from 'node:v8';
import { runScenario } from '../src/engine';
import { parseScenarioJson } from '../src/io/load-scenario';
import { buildSyntheticScenario } from './synthetic-scenario';

const parsed = parseScenarioJson(buildSyntheticScenario());
if (!parsed.ok) throw new Error('the synthetic scenario does not load');
const { scenario, model } = parsed.value;
for (let i = 0; i < 150; i++) runScenario(scenario, model);
const grown: number[] = [];
for (let i = 0; i < 100; i++) {
  const before = getHeapStatistics().used_heap_size;
  runScenario(scenario, model);
  const after = getHeapStatistics().used_heap_size;
  if (after > before) grown.push(after - before); // a scavenge in between makes it shrink
}
grown.sort((a, b) => a - b);
console.log(`large projection: ~${(grown[Math.floor(grown.length / 2)]! / 1024).toFixed(0)} KB allocated per run (median of ${grown.length} runs without a collection)`);
