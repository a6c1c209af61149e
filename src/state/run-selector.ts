/**
 * The engine run of the loaded scenario. It takes only the scenario, not the whole AppState, so the
 * library slice can warm it without importing the store it is part of.
 */
import { assembleModel } from '../io/catalogues';
import { runScenario, type EngineError, type Model, type Projection, type Result, type Scenario } from '../engine';

interface ScenarioState { scenario: Scenario | null }

export type RunResult = Result<Projection, EngineError>;

const NO_OVERRIDES = {};
const models = new WeakMap<object, Map<string, Result<Model, EngineError>>>();

/**
 * The model the scenario computes with (core + its catalogue + its own overrides), memoised on the
 * overrides' identity and the catalogue reference, so edits elsewhere in the scenario reuse it.
 */
export function selectModelResult(state: ScenarioState): Result<Model, EngineError> | null {
  const { scenario } = state;
  if (!scenario) return null;
  const overrides = scenario.model ?? NO_OVERRIDES;
  const ref = scenario.catalogue ? `${scenario.catalogue.id}@${scenario.catalogue.version}` : '';
  let byRef = models.get(overrides);
  if (!byRef) models.set(overrides, (byRef = new Map<string, Result<Model, EngineError>>()));
  let result = byRef.get(ref);
  if (!result) {
    const assembled = assembleModel(scenario.catalogue, scenario.model);
    byRef.set(ref, (result = assembled.ok ? { ok: true, value: assembled.value.model } : assembled));
  }
  return result;
}

export function selectModel(state: ScenarioState): Model | null {
  const result = selectModelResult(state);
  return result?.ok ? result.value : null;
}

const runs = new WeakMap<Scenario, WeakMap<Model, RunResult>>();

/** The projection of the loaded scenario, or the engine's errors; null if nothing is loaded. */
export function selectRun(state: ScenarioState): RunResult | null {
  const { scenario } = state;
  const modelResult = selectModelResult(state);
  if (!scenario || !modelResult) return null;
  if (!modelResult.ok) return modelResult;
  const model = modelResult.value;
  let byModel = runs.get(scenario);
  if (!byModel) runs.set(scenario, (byModel = new WeakMap()));
  let run = byModel.get(model);
  if (!run) byModel.set(model, (run = runScenario(scenario, model)));
  return run;
}
