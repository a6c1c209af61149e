import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { runScenario } from '/work/wt/speed/src/engine';
import { parseScenarioJson, parseScenarioText } from '/work/wt/speed/src/io/load-scenario';
import { buildSyntheticScenario } from '/work/wt/speed/bench/synthetic-scenario';
const h = createHash('sha256');
const odd = buildSyntheticScenario({ horizonYears: 9 }); for (const g of odd.targetGroups) g.cohorts.forEach((c, i) => { c.startMonth = 7 * i + (i % 3); });
const inputs = [parseScenarioJson(odd), parseScenarioJson(buildSyntheticScenario()), parseScenarioJson(buildSyntheticScenario({ cohortsPerGroup: 7, horizonYears: 13 }))];
for (const f of readdirSync('/work/wt/speed/scenarios').filter((f) => f.endsWith('.json'))) inputs.push(parseScenarioText(readFileSync('/work/wt/speed/scenarios/' + f, 'utf8')));
for (const r of inputs) { if (!r.ok) continue; const run = runScenario(r.value.scenario, r.value.model); h.update(JSON.stringify(run, (k, v) => (typeof v === 'number' ? `${Object.is(v, -0) ? '-0' : v}` : v instanceof Map ? [...v] : v))); }
console.log(inputs.length, h.digest('hex'));
