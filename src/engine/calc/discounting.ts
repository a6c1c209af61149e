/**
 * Discount factors by year (docs/semantics.md, "Discounting"; docs/financing-rules.md §6). Bands apply stepwise:
 * the one-year factor for year j uses the rate of the band that contains j.
 */
import type { DiscountBand, DiscountTiming } from '../model/scenario';

export function rateInYear(bands: DiscountBand[], year: number): number {
  let rate = 0;
  for (const band of bands) if (band.fromYear <= year) rate = band.rate;
  return rate;
}

/** Factor per year (index 0 = year 1) under the timing convention. */
export function discountFactors(bands: DiscountBand[], horizonYears: number, timing: DiscountTiming): number[] {
  const factors: number[] = [];
  let startOfYear = 1; // Π 1/(1+r_j) for j < y
  for (let y = 1; y <= horizonYears; y++) {
    const r = rateInYear(bands, y);
    if (timing === 'start') factors.push(startOfYear);
    else if (timing === 'end') factors.push(startOfYear / (1 + r));
    else factors.push(startOfYear / Math.sqrt(1 + r));
    startOfYear /= 1 + r;
  }
  return factors;
}

export const TIMING_CONVENTIONS: Record<DiscountTiming, string> = {
  start: 'year 1 is the base year (factor 1); year y is discounted by Π 1/(1+r_j), j = 1 … y−1',
  mid: 'flows at mid-year: year y is discounted by Π 1/(1+r_j), j = 1 … y−1, times 1/√(1+r_y)',
  end: 'flows at year end: year y is discounted by Π 1/(1+r_j), j = 1 … y',
};
