/**
 * The value shapes that both the scenario and the catalogue use. They live apart from both so that
 * catalogue.ts and scenario.ts need not import each other.
 */

/** A number or a mathjs expression over named parameters and catalogue constants. */
export type Amount = number | string;

export interface DiscountBand {
  /** First year (1-based) at which this rate applies; it runs until the next band. */
  fromYear: number;
  rate: number;
}
