/**
 * Per-participant figures (docs/semantics.md, "Who takes part"): totals divided by everyone who
 * starts within the horizon. Dividing by one number keeps every per-participant figure a scaled
 * total, so annual figures still add up to the cumulative ones; payback and BCR do not change.
 */
import type { Series } from './model/result';

export function perParticipant(series: Series, participants: number): Series {
  if (participants <= 0) return series;
  const d = (v: number) => v / participants;
  const byCategory: Record<string, number[]> = {};
  for (const [k, v] of Object.entries(series.byCategory)) byCategory[k] = v.map(d);
  return {
    ...series,
    annual: series.annual.map(d), cumulative: series.cumulative.map(d),
    discounted: series.discounted.map(d), cumulativeDiscounted: series.cumulativeDiscounted.map(d),
    npv: d(series.npv), pvGains: d(series.pvGains), pvCosts: d(series.pvCosts),
    totalGains: d(series.totalGains), totalCosts: d(series.totalCosts), byCategory,
  };
}
