/**
 * What the guardrails and the follow-up add to an edit: checkGuardrails and the follow-up report on
 * the large synthetic scenario, as ratios to one projection measured in the same run (absolute
 * times depend on the machine). `npx tsx bench/guardrails.ts`
 */
import { parseScenarioJson } from '../src/io/load-scenario';
import { guardrailsFor } from '../src/io/guardrails';
import { followUpReport } from '../src/io/follow-up';
import { runScenario } from '../src/engine';
import { buildSyntheticScenario } from './synthetic-scenario';
import { measure } from './measure';

const loaded = parseScenarioJson(buildSyntheticScenario());
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors.slice(0, 3)));
const { scenario, model } = loaded.value;
const run = runScenario(scenario, model);
if (!run.ok) throw new Error('projection failed');
// Realised figures for every cohort of the first group and its first cost item's first two years.
const withFollowUp = {
  ...scenario,
  followUp: {
    participants: scenario.targetGroups[0]!.cohorts.map((_, c) => ({ path: `targetGroups[0].cohorts[${c}]`, count: 10 })),
    costs: [1, 2].map((year) => ({ path: 'targetGroups[0].interventions[0].costs[0]', year, amount: 100000 })),
  },
};
const options = { warmup: 3, runs: 15 };
const projection = measure('runScenario', () => runScenario(scenario, model), options);
const guardrails = measure('guardrailsFor', () => guardrailsFor(scenario, model, run.value), options);
const followUp = measure('followUpReport', () => followUpReport(withFollowUp, model), options);
for (const m of [projection, guardrails, followUp]) {
  console.log(`${m.label.padEnd(16)} median ${m.medianMs.toFixed(1)} ms  (${(m.medianMs / projection.medianMs).toFixed(3)} × a projection)`);
}
console.log(`findings: ${guardrailsFor(scenario, model, run.value).length}`);
