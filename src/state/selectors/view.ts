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

/** The series in a scale: per participant, per participant started by each year, or in total. */
export function scaleSeries(series: Series, projection: Pick<Projection, 'participants' | 'startedByYear'>, scale: Scale): Series {
  if (scale === 'perParticipant') return perParticipant(series, projection.participants);
  if (scale === 'perStarted') return perStarted(series, projection.startedByYear, projection.participants);
  return series;
}

/** Whether cohorts start in different years, so per participant and per started participant differ. */
export function startsStaggered(projection: Pick<Projection, 'participants' | 'startedByYear'>): boolean {
  return (projection.startedByYear[0] ?? 0) < projection.participants;
}

/**
 * Each year's figures (the year's own and the running totals) divided by the participants who have
 * started by the end of that year; a year before anyone has started has no such figure (NaN). The
 * figures over the whole horizon (NPV, present values, totals) divide by everyone, who by then have
 * all started, so they equal the per-participant ones; payback, BCR and ROI do not change.
 */
export function perStarted(series: Series, startedByYear: readonly number[], participants: number): Series {
  if (participants <= 0) return series;
  const byYear = (values: number[]) => values.map((v, y) => {
    const started = startedByYear[y] ?? participants;
    return started > 0 ? v / started : NaN;
  });
  const d = (v: number) => v / participants;
  const byCategory: Record<string, number[]> = {};
  for (const [k, v] of Object.entries(series.byCategory)) byCategory[k] = byYear(v);
  return {
    ...series,
    annual: byYear(series.annual), cumulative: byYear(series.cumulative),
    discounted: byYear(series.discounted), cumulativeDiscounted: byYear(series.cumulativeDiscounted),
    npv: d(series.npv), pvGains: d(series.pvGains), pvCosts: d(series.pvCosts),
    totalGains: d(series.totalGains), totalCosts: d(series.totalCosts), byCategory,
  };
}

const buildView = weakMapMemoize(function buildView(projection: Projection, model: Model, scale: Scale): ViewSeries {
  const scaled = (s: Series) => scaleSeries(s, projection, scale);
  const known = model.ledgers.filter((l) => projection.ledgers[l.id]);
  // Ledgers a scenario books to but the catalogue does not name still get a row.
  const extra = Object.keys(projection.ledgers).filter((id) => !known.some((l) => l.id === id)).map((id) => ({ id, label: id }));
  const rows = [...known, ...extra].map((l) => ({ id: l.id, label: l.label, series: scaled(projection.ledgers[l.id]!) }));
  rows.push({ id: TOTAL_ID, label: TOTAL_ID, series: scaled(projection.total) });
  return { projection, scale, rows };
});

/** Label of the perspective in force (from the catalogue), for the footer. */
export function selectPerspectiveLabel(state: AppState): string | null {
  const run = selectRun(state);
  if (!run?.ok) return null;
  const id = run.value.perspective;
  return selectModel(state)?.perspectives.find((p) => p.id === id)?.label ?? id;
}
