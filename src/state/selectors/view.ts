/**
 * Derivations from the store's state. The engine runs once per (scenario, model) pair: results are
 * memoised on the objects' identity, so a new scenario object reruns it and a view change does not.
 * Selectors return stable objects, which React's useSyncExternalStore requires.
 */
import { weakMapMemoize } from 'reselect';
import { perParticipant, type Model, type Projection, type Series } from '../../engine';
import type { AppState } from '../app-store';
import type { Scale } from '../slices/view-slice';
import { selectModel, selectRun } from './run';

export { selectModel, selectModelResult, selectRun, type RunResult } from './run';

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

/** The series per ledger and in total, scaled as the view asks; null if there is no projection. */
export function selectViewSeries(state: AppState): ViewSeries | null {
  const run = selectRun(state);
  const model = selectModel(state);
  if (!run?.ok || !model) return null;
  return buildView(run.value, model, state.view.scale);
}

const buildView = weakMapMemoize(function buildView(projection: Projection, model: Model, scale: Scale): ViewSeries {
  const scaleSeries = (s: Series) => (scale === 'perParticipant' ? perParticipant(s, projection.participants) : s);
  const known = model.ledgers.filter((l) => projection.ledgers[l.id]);
  // Ledgers a scenario books to but the catalogue does not name still get a row.
  const extra = Object.keys(projection.ledgers).filter((id) => !known.some((l) => l.id === id)).map((id) => ({ id, label: id }));
  const rows = [...known, ...extra].map((l) => ({ id: l.id, label: l.label, series: scaleSeries(projection.ledgers[l.id]!) }));
  rows.push({ id: TOTAL_ID, label: TOTAL_ID, series: scaleSeries(projection.total) });
  return { projection, scale, rows };
});

/** Label of the perspective in force (from the catalogue), for the footer. */
export function selectPerspectiveLabel(state: AppState): string | null {
  const run = selectRun(state);
  if (!run?.ok) return null;
  const id = run.value.perspective;
  return selectModel(state)?.perspectives.find((p) => p.id === id)?.label ?? id;
}
