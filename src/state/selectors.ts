/**
 * Derivations from the store's state. The engine runs once per (scenario, model) pair: results are
 * memoised on the objects' identity, so a new scenario object reruns it and a view change does not.
 * Selectors return stable objects, which React's useSyncExternalStore requires.
 */
import { assembleModel } from '../io/catalogues';
import { perParticipant, runScenario, type EngineError, type Model, type Projection, type Result, type Scenario, type Series } from '../engine';
import type { AppState } from './app-store';
import type { Scale } from './slices/view-slice';

export type RunResult = Result<Projection, EngineError>;

const NO_OVERRIDES = {};
const models = new WeakMap<object, Map<string, Result<Model, EngineError>>>();

/**
 * The model the scenario computes with (core + its catalogue + its own overrides), memoised on the
 * overrides' identity and the catalogue reference, so edits elsewhere in the scenario reuse it.
 */
export function selectModelResult(state: Pick<AppState, 'scenario'>): Result<Model, EngineError> | null {
  const { scenario } = state;
  if (!scenario) return null;
  const overrides = scenario.model ?? NO_OVERRIDES;
  const ref = scenario.catalogue ? `${scenario.catalogue.id}@${scenario.catalogue.version}` : '';
  let byRef = models.get(overrides);
  if (!byRef) models.set(overrides, (byRef = new Map()));
  let result = byRef.get(ref);
  if (!result) {
    const assembled = assembleModel(scenario.catalogue, scenario.model);
    byRef.set(ref, (result = assembled.ok ? { ok: true, value: assembled.value.model } : assembled));
  }
  return result;
}

export function selectModel(state: Pick<AppState, 'scenario'>): Model | null {
  const result = selectModelResult(state);
  return result?.ok ? result.value : null;
}

const runs = new WeakMap<Scenario, WeakMap<Model, RunResult>>();

/** The projection of the loaded scenario, or the engine's errors; null if nothing is loaded. */
export function selectRun(state: Pick<AppState, 'scenario'>): RunResult | null {
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

export interface LedgerSeries {
  /** A ledger id, or 'total'. */
  id: string;
  label: string;
  series: Series;
}

export interface ViewSeries {
  projection: Projection;
  scale: Scale;
  /** The ledgers in catalogue order, then the total (id `total`; the UI names it, »Netto« as in Tabel 6.4). */
  rows: LedgerSeries[];
}

export const TOTAL_ID = 'total';

const views = new WeakMap<Projection, Partial<Record<Scale, ViewSeries>>>();

/** The series per ledger and in total, scaled as the view asks; null if there is no projection. */
export function selectViewSeries(state: AppState): ViewSeries | null {
  const run = selectRun(state);
  const model = selectModel(state);
  if (!run?.ok || !model) return null;
  const projection = run.value;
  const { scale } = state.view;
  let cached = views.get(projection);
  if (!cached) views.set(projection, (cached = {}));
  return (cached[scale] ??= buildView(projection, model, scale));
}

function buildView(projection: Projection, model: Model, scale: Scale): ViewSeries {
  const scaleSeries = (s: Series) => (scale === 'perParticipant' ? perParticipant(s, projection.participants) : s);
  const known = model.ledgers.filter((l) => projection.ledgers[l.id]);
  // Ledgers a scenario books to but the catalogue does not name still get a row.
  const extra = Object.keys(projection.ledgers).filter((id) => !known.some((l) => l.id === id)).map((id) => ({ id, label: id }));
  const rows = [...known, ...extra].map((l) => ({ id: l.id, label: l.label, series: scaleSeries(projection.ledgers[l.id]!) }));
  rows.push({ id: TOTAL_ID, label: TOTAL_ID, series: scaleSeries(projection.total) });
  return { projection, scale, rows };
}

/** Label of the perspective in force (from the catalogue), for the footer. */
export function selectPerspectiveLabel(state: AppState): string | null {
  const run = selectRun(state);
  if (!run?.ok) return null;
  const id = run.value.perspective;
  return selectModel(state)?.perspectives.find((p) => p.id === id)?.label ?? id;
}
