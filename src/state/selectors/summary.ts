/**
 * Who pays, who gains, and when: the facts behind the one-line summary under the title, taken from
 * the projection (undiscounted totals over the horizon, in the view's scale). Memoised like view.ts.
 */
import { weakMapMemoize } from 'reselect';
import type { AppState } from '../app-store';
import { selectViewSeries, TOTAL_ID } from './view';
import type { Scale } from '../slices/view-slice';

export interface LedgerRole {
  id: string;
  label: string;
  /** Undiscounted costs over the horizon, as a positive number. */
  costs: number;
  gains: number;
  /** 0 = never negative; null = not paid back within the horizon. */
  payback: number | null;
}

export interface ResultSummary {
  scale: Scale;
  /** Ledgers that carry costs, largest first. */
  payers: LedgerRole[];
  /** Ledgers that gain and pay nothing, largest gain first. */
  freeGainers: LedgerRole[];
  total: LedgerRole;
}

/** Amounts below half an øre are rounding noise, not a cost. */
const EPSILON = 0.005;

export function selectSummary(state: AppState): ResultSummary | null {
  const view = selectViewSeries(state);
  if (!view) return null;
  return buildSummary(view.rows, view.scale);
}

// The rows array belongs to one memoised view series, so it identifies the projection and scale.
const buildSummary = weakMapMemoize(function buildSummary(rows: NonNullable<ReturnType<typeof selectViewSeries>>['rows'], scale: Scale): ResultSummary {
  const roles = rows.map((r): LedgerRole => ({
    id: r.id, label: r.label, costs: r.series.totalCosts, gains: r.series.totalGains, payback: r.series.paybackYears,
  }));
  const ledgers = roles.filter((r) => r.id !== TOTAL_ID);
  return {
    scale,
    payers: ledgers.filter((r) => r.costs > EPSILON).sort((a, b) => b.costs - a.costs),
    freeGainers: ledgers.filter((r) => r.costs <= EPSILON && r.gains > EPSILON).sort((a, b) => b.gains - a.gains),
    total: roles.find((r) => r.id === TOTAL_ID)!,
  };
});
