/**
 * Derivations for the results views: the years × ledgers table in every view, the cumulative chart
 * with payback points, and the annual flows by category. Like view.ts, each is memoised with
 * reselect's weakMapMemoize on the view series and the view options it reads, so components get
 * stable objects.
 */
import { weakMapMemoize } from 'reselect';
import type { Model, Projection, Series } from '../../engine';
import type { AppState } from '../app-store';
import { scaleSeries, selectModel, selectViewSeries, TOTAL_ID, type ViewSeries } from './view';
import type { Breakdown, Measure, Scale, Valuation, ViewOptions } from '../slices/view-slice';

/** The series a view shows, by measure and valuation (nominal or discounted). */
export function pickValues(series: Series, measure: Measure, valuation: Valuation): number[] {
  if (valuation === 'discounted') return measure === 'annual' ? series.discounted : series.cumulativeDiscounted;
  return measure === 'annual' ? series.annual : series.cumulative;
}

export interface TableRow {
  key: string;
  /** A ledger id or 'total'. */
  ledger: string;
  /** Absent on ledger and total rows; a department id or '-' (booked to the ledger as a whole). */
  department?: string;
  /** The ledger's label (on department rows, the department's). */
  ledgerLabel: string;
  label: string;
  values: number[];
}

export interface TableView {
  projection: Projection;
  view: ViewOptions;
  rows: TableRow[];
}

/** The years × ledgers table in the view's measure, valuation, scale and breakdown (memoised). */
export function selectTable(state: AppState): TableView | null {
  const series = selectViewSeries(state);
  const model = selectModel(state);
  if (!series || !model) return null;
  const { measure, valuation, scale, breakdown } = state.view;
  return tableFor(series, model, measure, valuation, scale, breakdown);
}

const tableFor = weakMapMemoize((series: ViewSeries, model: Model, measure: Measure, valuation: Valuation, scale: Scale, breakdown: Breakdown) =>
  buildTable(series, model, { measure, valuation, scale, breakdown }));

function buildTable({ projection, rows }: ViewSeries, model: Model, view: ViewOptions): TableView {
  const pick = (s: Series) => pickValues(scaleSeries(s, projection, view.scale), view.measure, view.valuation);
  const out: TableRow[] = [];
  for (const row of rows) {
    out.push({ key: row.id, ledger: row.id, ledgerLabel: row.label, label: row.label, values: pickValues(row.series, view.measure, view.valuation) });
    if (view.breakdown !== 'departments' || row.id === TOTAL_ID) continue;
    const departments = model.ledgers.find((l) => l.id === row.id)?.departments ?? [];
    for (const [key, dept] of Object.entries(projection.departments)) {
      const [ledger, id] = key.split('/') as [string, string];
      // Departments nothing is booked to would only add rows of zeros.
      if (ledger !== row.id || dept.annual.every((v) => v === 0)) continue;
      const label = departments.find((d) => d.id === id)?.label ?? id;
      out.push({ key, ledger, ledgerLabel: row.label, department: id, label, values: pick(dept) });
    }
  }
  return { projection, view, rows: out };
}

export interface ChartLine {
  id: string;
  label: string;
  /** Where the line reaches zero for good (years from the start); 0 = never negative; null = not within the horizon. */
  payback: number | null;
}

export interface NetChartData {
  valuation: Valuation;
  /**
   * x = years from the start (0 … horizon); the value at x = y is the running total at the end of year
   * y. null where the figure does not exist (per started participant before anyone has started): the
   * chart draws a gap there, never 0 or NaN, and the year stays on the axis.
   */
  points: Record<string, number | null>[];
  lines: ChartLine[];
}

/** The cumulative net per ledger for the chart, with each ledger's payback point (memoised). */
export function selectNetChart(state: AppState): NetChartData | null {
  const series = selectViewSeries(state);
  if (!series) return null;
  return netChartFor(series, state.view.valuation);
}

const netChartFor = weakMapMemoize((series: ViewSeries, valuation: Valuation): NetChartData => {
  const values = series.rows.map((r) => pickValues(r.series, 'cumulative', valuation));
  const points = [0, ...series.projection.years.map((y) => y.year)].map((x) => {
    const point: Record<string, number | null> = { x };
    series.rows.forEach((r, i) => { point[r.id] = x === 0 ? 0 : figure(values[i]![x - 1] ?? 0); });
    return point;
  });
  const lines = series.rows.map((r, i) => ({
    id: r.id, label: r.label,
    // The engine's payback is on the monthly nominal series; discounted, the crossing of the yearly line is used.
    payback: valuation === 'nominal' ? r.series.paybackYears : polylinePayback(values[i]!),
  }));
  return { valuation, points, lines };
});

/** Where a polyline through (0, 0), (1, c₁) … (H, c_H) last rises to zero; 0 if never negative; null if it ends below. */
export function polylinePayback(cumulative: number[]): number | null {
  const last = cumulative.findLastIndex((v) => v < -PAYBACK_TOLERANCE);
  if (last < 0) return 0;
  if (last === cumulative.length - 1) return null;
  const from = cumulative[last]!;
  const to = cumulative[last + 1]!;
  return last + 1 + -from / (to - from);
}
const PAYBACK_TOLERANCE = 0.005;

export interface CategoryFlows {
  ledger: string;
  categories: { id: string; label: string }[];
  /** One point per year: x = year, one value per category id; null where the figure does not exist (no bar, the year kept). */
  points: Record<string, number | null>[];
}

/** Annual flows of one ledger (or the total) by category, in the view's scale and valuation (memoised). */
export function selectCategoryFlows(state: AppState, ledger: string): CategoryFlows | null {
  const series = selectViewSeries(state);
  const model = selectModel(state);
  const row = series?.rows.find((r) => r.id === ledger);
  if (!series || !model || !row) return null;
  return categoryFlowsFor(series, model, ledger, state.view.valuation);
}

const categoryFlowsFor = weakMapMemoize((series: ViewSeries, model: Model, ledger: string, valuation: Valuation): CategoryFlows => {
  const row = series.rows.find((r) => r.id === ledger)!;
  const factors = series.projection.discount.factors;
  const ids = Object.keys(row.series.byCategory).filter((id) => row.series.byCategory[id]!.some((v) => v !== 0 && !Number.isNaN(v)));
  // Catalogue order, so colours and the legend stay put as the numbers change.
  ids.sort((a, b) => rank(model, a) - rank(model, b));
  const categories = ids.map((id) => ({ id, label: model.categories.find((c) => c.id === id)?.label ?? id }));
  const points = series.projection.years.map((y, i) => {
    const point: Record<string, number | null> = { x: y.year };
    for (const id of ids) point[id] = figure(row.series.byCategory[id]![i]! * (valuation === 'discounted' ? factors[i] ?? 1 : 1));
    return point;
  });
  return { ledger, categories, points };
});

/** A chart value: a figure that does not exist (NaN, per started participant before anyone has started) is null, which recharts draws as a gap. */
function figure(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function rank(model: Model, category: string): number {
  const i = model.categories.findIndex((c) => c.id === category);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}
