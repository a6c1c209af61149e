/**
 * Prints one SHA-256 over the projections of the large synthetic scenario (three shapes, one with
 * cohorts in every calendar month) and every file in scenarios/: run it before and after an engine
 * optimisation; the same hash means not one figure changed, to the last bit (−0 included).
 * Usage: npx tsx bench/result-hash.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { runScenario } from '../src/engine';
import { parseScenarioJson, parseScenarioText } from '../src/io/load-scenario';
import { buildSyntheticScenario } from './synthetic-scenario';
const h = createHash('sha256');
const odd = buildSyntheticScenario({ horizonYears: 9 }); for (const g of odd.targetGroups) g.cohorts.forEach((c, i) => { c.startMonth = 7 * i + (i % 3); });
const inputs = [parseScenarioJson(odd), parseScenarioJson(buildSyntheticScenario()), parseScenarioJson(buildSyntheticScenario({ cohortsPerGroup: 7, horizonYears: 13 }))];
for (const f of readdirSync(new URL('../scenarios', import.meta.url)).filter((f) => f.endsWith('.json'))) inputs.push(parseScenarioText(readFileSync(new URL(`../scenarios/${f}`, import.meta.url), 'utf8')));
for (const r of inputs) { if (!r.ok) continue; const run = runScenario(r.value.scenario, r.value.model); h.update(JSON.stringify(run, (_k, v: unknown): unknown => (typeof v === 'number' ? `${Object.is(v, -0) ? '-0' : v}` : v instanceof Map ? [...v] : v))); }
console.log(inputs.length, h.digest('hex'));
