/**
 * Re-pricing (docs/financing-rules.md §8: "never sum across PL years"): a scenario computes in one price year;
 * money figures from other price years are converted by a price and wage index, value × I(to)/I(from).
 * The index is data in the catalogue (or the scenario), visible and editable like any other figure.
 */
import type { PriceIndex } from '../model/catalogue';

export interface Pricing {
  /** The scenario's price year. */
  toYear: number;
  indexId: string;
  index: PriceIndex;
}

export interface Repricing {
  fromYear: number;
  toYear: number;
  index: string;
  factor: number;
}

/** Units of money, which are re-priced; shares, persons and times are not. */
export function isMoneyUnit(unit: string | undefined): boolean {
  return unit !== undefined && unit.startsWith('DKK');
}

/** I(to)/I(from), or a message saying which year the index lacks. */
export function priceFactor(pricing: Pricing, fromYear: number): { factor: number } | { message: string } {
  const at = (year: number) => pricing.index.values.find((v) => v.year === year)?.value;
  const from = at(fromYear);
  const to = at(pricing.toYear);
  const years = pricing.index.values.map((v) => v.year);
  const covers = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : 'no years';
  if (years.length === 0) {
    return { message: `there is no price index '${pricing.indexId}' to re-price from ${fromYear} to ${pricing.toYear}` };
  }
  if (from === undefined || to === undefined) {
    return { message: `the price index '${pricing.indexId}' has no value for ${from === undefined ? fromYear : pricing.toYear} (it covers ${covers})` };
  }
  return { factor: to / from };
}
