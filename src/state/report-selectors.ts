/**
 * What the printed report (src/ui/features/report) states beyond the results: the assumption log —
 * every parameter and catalogue figure behind the horizon's cumulative total, with value, unit, price
 * year, source and note, EXAMPLE figures flagged (the same dependencies a figure's explanation lists) —
 * and the SHA-256 of the scenario file as it would be saved, so a reader can tell which file it was.
 */
import { constantInForce, explainFigure, type Constant, type Dependency } from '../engine';
import { serializeScenario } from '../io/load-scenario';
import { sha256Hex } from '../io/sha256';
import type { AppState } from './app-store';
import { selectModel, selectRun, TOTAL_ID } from './selectors/view';

export interface AssumptionRow extends Dependency {
  priceYear?: number;
}

const logs = new WeakMap<object, AssumptionRow[]>();

export function selectAssumptionLog(state: Pick<AppState, 'scenario'>): AssumptionRow[] {
  const { scenario } = state;
  const run = selectRun(state);
  const model = selectModel(state);
  if (!scenario || !run?.ok || !model) return [];
  const cached = logs.get(run.value);
  if (cached) return cached;
  const year = run.value.years.length;
  const { dependencies } = explainFigure(run.value, scenario, model, { ledger: TOTAL_ID, year, measure: 'cumulative' });
  const rows = dependencies.map((d): AssumptionRow => {
    const priceYear = d.kind === 'parameter' ? scenario.parameters[d.name]?.priceYear : constantPriceYear(model.constants[d.name], run.value.rules.year);
    return priceYear === undefined ? d : { ...d, priceYear };
  });
  logs.set(run.value, rows);
  return rows;
}

/** The price year of a catalogue figure as used: a dated constant's from the period in force in the rules year. */
function constantPriceYear(c: Constant | undefined, rulesYear: number | null): number | undefined {
  return c ? constantInForce(c, rulesYear).constant.priceYear : undefined;
}

const hashes = new WeakMap<object, string>();

/** SHA-256 of the scenario file's text as »Gem som fil« writes it (without an app version stamp). */
export function selectScenarioHash(state: Pick<AppState, 'scenario'>): string | null {
  const { scenario } = state;
  if (!scenario) return null;
  let hash = hashes.get(scenario);
  if (!hash) hashes.set(scenario, (hash = sha256Hex(serializeScenario(scenario))));
  return hash;
}
