/** Yearly result series from booked lines: nets, cumulative, discounted, NPV, payback, BCR. */
import { paybackYears } from './payback';
import type { Series } from '../model/result';

export interface SeriesInput {
  /** Annual values of the lines that make up the series. */
  lines: { annual: number[]; category: string }[];
  /** Monthly net of the same lines, for the payback time. */
  monthly: Float64Array;
  factors: number[];
}

export function buildSeries({ lines, monthly, factors }: SeriesInput): Series {
  const years = factors.length;
  const zeros = doubleZeros(years);
  const annual = zeros.slice();
  const byCategory: Record<string, number[]> = {};
  let pvGains = 0, pvCosts = 0, totalGains = 0, totalCosts = 0;
  for (const line of lines) {
    const cat = (byCategory[line.category] ??= zeros.slice());
    for (let y = 0; y < years; y++) {
      const v = line.annual[y]!;
      annual[y]! += v;
      cat[y]! += v;
      // Gains and costs are taken line by line, so a saving in one place does not hide a cost in another.
      if (v > 0) { totalGains += v; pvGains += v * factors[y]!; }
      else { totalCosts -= v; pvCosts -= v * factors[y]!; }
    }
  }
  const cumulative = runningSum(annual);
  const discounted = annual.map((v, y) => v * factors[y]!);
  const cumulativeDiscounted = runningSum(discounted);
  const bcr = pvCosts > 0 ? pvGains / pvCosts : null;
  return {
    annual, cumulative, discounted, cumulativeDiscounted,
    npv: cumulativeDiscounted[years - 1] ?? 0,
    paybackYears: paybackYears(monthly),
    pvGains, pvCosts, totalGains, totalCosts, bcr, roi: bcr === null ? null : bcr - 1,
    byCategory,
  };
}

function runningSum(values: number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

/**
 * n zeros in V8's double representation (filled with a fraction first, then zeroed): copies take
 * fractional sums without converting their elements, which the projection's many series notice.
 */
export function doubleZeros(n: number): number[] {
  const out = new Array<number>(n).fill(0.5);
  out.fill(0);
  return out;
}
