/**
 * Shapes a Monte Carlo summary for the charts and tables (no statistics here: the engine computed
 * them). The fan starts at zero before year 1, like the results chart's cumulative curves.
 */
import type { Histogram, KeySummary, Model } from '../../../engine';
import type { ScenarioFile } from '../../../io/scenario-schema';

export interface FanPoint {
  /** 0 = start, then the projection year. */
  x: number;
  band90: [number, number];
  band50: [number, number];
  median: number;
}

export function fanPoints(fan: KeySummary['fan']): FanPoint[] {
  const start: FanPoint = { x: 0, band90: [0, 0], band50: [0, 0], median: 0 };
  return [start, ...fan.map(([p5 = NaN, p25 = NaN, p50 = NaN, p75 = NaN, p95 = NaN], i) => ({
    x: i + 1, band90: [p5, p95] as [number, number], band50: [p25, p75] as [number, number], median: p50,
  }))];
}

export interface HistogramBar {
  /** The middle of the bin (the bar's x), and its edges. */
  mid: number;
  from: number;
  to: number;
  count: number;
}

export function histogramBars({ edges, counts }: Histogram): HistogramBar[] {
  return counts.map((count, i) => {
    const from = edges[i]!;
    const to = edges[i + 1] ?? from;
    return { mid: (from + to) / 2, from, to, count };
  });
}

/** The keys of a summary in the catalogue's ledger order, then any other ledger, then 'total'. */
export function ledgerOrder(keys: string[], model: Model | null): string[] {
  const known = (model?.ledgers ?? []).map((l) => l.id).filter((id) => keys.includes(id));
  const others = keys.filter((k) => k !== 'total' && !known.includes(k));
  return [...known, ...others, ...(keys.includes('total') ? ['total'] : [])];
}

/** Calendar year of a projection year, if the scenario the run was made on gives a first year. */
export function calendarYear(scenario: ScenarioFile | null, year: number): number | null {
  const first = scenario?.settings.firstYear;
  return first === undefined ? null : first + year - 1;
}
