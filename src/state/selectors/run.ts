/**
 * The engine run of the loaded scenario. It takes only the scenario, not the whole AppState, so the
 * library slice can warm it without importing the store it is part of. Memoised with reselect's
 * weakMapMemoize: the model on the overrides' identity and the catalogue reference, the run on the
 * scenario and model objects.
 */
import { assembleModel } from '../../io/catalogues';
import { catalogueMetadataIfLoaded } from '../../io/catalogue-metadata-loader';
import { weakMapMemoize } from 'reselect';
import { runScenario, type EngineError, type Model, type ModelOverrides, type Projection, type Result, type Scenario } from '../../engine';

interface ScenarioState { scenario: Scenario | null }

export type RunResult = Result<Projection, EngineError>;

const NO_OVERRIDES: ModelOverrides = {};

/**
 * The model the scenario computes with (core + its catalogue + its own overrides), memoised on the
 * overrides' identity and the catalogue reference, so edits elsewhere in the scenario reuse it; and
 * on whether the full catalogue has arrived: the model then carries its sources and notes (the
 * figures are the same, src/io/catalogues.ts).
 */
export function selectModelResult(state: ScenarioState): Result<Model, EngineError> | null {
  const { scenario } = state;
  if (!scenario) return null;
  return modelOf(scenario.model ?? NO_OVERRIDES, scenario.catalogue?.id ?? null, scenario.catalogue?.version ?? null, catalogueMetadataIfLoaded() !== null);
}

// (`full` is a key only: assembleModel reads the same state through modelCatalogue)
const modelOf = weakMapMemoize((overrides: ModelOverrides, id: string | null, version: string | null, _full: boolean): Result<Model, EngineError> => {
  const assembled = assembleModel(id === null || version === null ? undefined : { id, version }, overrides === NO_OVERRIDES ? undefined : overrides);
  return assembled.ok ? { ok: true, value: assembled.value.model } : assembled;
});

export function selectModel(state: ScenarioState): Model | null {
  const result = selectModelResult(state);
  return result?.ok ? result.value : null;
}

/** The projection of the loaded scenario, or the engine's errors; null if nothing is loaded. */
export function selectRun(state: ScenarioState): RunResult | null {
  const { scenario } = state;
  const modelResult = selectModelResult(state);
  if (!scenario || !modelResult) return null;
  if (!modelResult.ok) return modelResult;
  return runOf(scenario, modelResult.value);
}

const runOf = weakMapMemoize(runScenario);
