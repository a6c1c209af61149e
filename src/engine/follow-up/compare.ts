/**
 * Forecast vs realised (docs/follow-up-and-guardrails.md): each realised figure beside the forecast
 * of the same thing, flagged when outside the range the case stated for it (its parameter's
 * uncertainty), and the key figures per ledger of the forecast beside the re-projection.
 */
import { uncertaintyRange } from '../uncertainty/distributions';
import { MONTHS_PER_YEAR } from '../constants';
import { followUpTarget, forecastCost } from './reproject';
import type { Projection } from '../model/result';
import type { Amount, FollowUp, Scenario } from '../model/scenario';

export interface Deviation {
  kind: 'participants' | 'cost' | 'outcome';
  path: string;
  /** Year (costs) or months after start (outcomes); null for participants. */
  at: number | null;
  forecast: number;
  realised: number;
  /** The stated range of the forecast figure, if the case gave one. */
  range: { min: number; max: number } | null;
  /** True when the realised figure lies outside the stated range. */
  outside: boolean;
}

export interface LedgerComparison {
  ledger: string;
  forecastNpv: number;
  reprojectedNpv: number;
  forecastPayback: number | null;
  reprojectedPayback: number | null;
}

/** The stated range of an amount: its parameter's uncertainty, scaled to `value` (e.g. a cost per participant × participants). */
function statedRange(amount: Amount, scenario: Scenario, values: Record<string, number>, scale?: number): { min: number; max: number } | null {
  if (typeof amount !== 'string') return null;
  const p = scenario.parameters[amount.trim()];
  if (!p?.uncertainty) return null;
  const [min, max] = uncertaintyRange(p.uncertainty);
  const v = values[amount.trim()];
  return scale !== undefined && v ? { min: (min / v) * scale, max: (max / v) * scale } : { min, max };
}

export function compareWithForecast(forecast: Scenario, projection: Projection, followUp: FollowUp, reprojected: Projection): {
  deviations: Deviation[]; ledgers: LedgerComparison[];
} {
  const values = projection.values;
  const read = (a: Amount) => (typeof a === 'number' ? a : values[a.trim()] ?? NaN);
  const row = (kind: Deviation['kind'], path: string, at: number | null, f: number, realised: number, range: Deviation['range']): Deviation => ({
    kind, path, at, forecast: f, realised, range, outside: range !== null && (realised < range.min - 1e-9 || realised > range.max + 1e-9),
  });
  const deviations: Deviation[] = [];
  for (const r of followUp.participants ?? []) {
    const t = followUpTarget(forecast, r.path);
    if (t?.kind !== 'cohort') continue;
    const f = read(t.cohort.count);
    deviations.push(row('participants', r.path, null, f, r.count, statedRange(t.cohort.count, forecast, values, f)));
  }
  for (const r of followUp.costs ?? []) {
    const t = followUpTarget(forecast, r.path);
    if (t?.kind !== 'cost') continue;
    const f = forecastCost(projection, r.path, r.year);
    deviations.push(row('cost', r.path, r.year, f, r.amount, statedRange(t.cost.amount, forecast, values, f)));
  }
  for (const r of followUp.outcomes ?? []) {
    const t = followUpTarget(forecast, r.path);
    if (t?.kind !== 'outcome') continue;
    const o = t.outcome;
    const start = read(o.startMonth), end = start + read(o.durationMonths);
    const inWindow = r.monthsAfterStart >= start && r.monthsAfterStart < end;
    let effect = read(o.treated) - read(o.counterfactual);
    if (o.decay?.type === 'exponential') effect *= (1 - read(o.decay.ratePerYear)) ** Math.floor((r.monthsAfterStart - start) / MONTHS_PER_YEAR);
    const f = read(o.counterfactual) + (inWindow ? effect : 0);
    deviations.push(row('outcome', r.path, r.monthsAfterStart, f, r.share, inWindow ? statedRange(o.treated, forecast, values) : null));
  }
  const ledgers = Object.keys(projection.ledgers).map((ledger) => ({
    ledger,
    forecastNpv: projection.ledgers[ledger]!.npv,
    reprojectedNpv: reprojected.ledgers[ledger]?.npv ?? 0,
    forecastPayback: projection.ledgers[ledger]!.paybackYears,
    reprojectedPayback: reprojected.ledgers[ledger]?.paybackYears ?? null,
  }));
  ledgers.push({
    ledger: 'total', forecastNpv: projection.total.npv, reprojectedNpv: reprojected.total.npv,
    forecastPayback: projection.total.paybackYears, reprojectedPayback: reprojected.total.paybackYears,
  });
  return { deviations, ledgers };
}
