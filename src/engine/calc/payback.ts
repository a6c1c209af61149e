/**
 * Payback time (docs/semantics.md, "Results"): when the cumulative net reaches zero for the last time
 * from below and stays at or above it to the horizon, on the monthly series, linear within a month.
 */
import { MONTHS_PER_YEAR, PAYBACK_TOLERANCE_DKK } from '../constants';

/** Years from the start; 0 if the cumulative net is never negative; null if not paid back by the horizon. */
export function paybackYears(monthlyNet: ArrayLike<number>): number | null {
  let cumulative = 0;
  let lastNegativeMonth = -1;
  let cumulativeAtLastNegative = 0;
  for (let m = 0; m < monthlyNet.length; m++) {
    cumulative += monthlyNet[m]!;
    if (cumulative < -PAYBACK_TOLERANCE_DKK) {
      lastNegativeMonth = m;
      cumulativeAtLastNegative = cumulative;
    }
  }
  if (lastNegativeMonth < 0) return 0;
  const crossingMonth = lastNegativeMonth + 1;
  if (crossingMonth >= monthlyNet.length) return null;
  // The flow of the crossing month lifts the cumulative from below zero to at least zero.
  const fraction = -cumulativeAtLastNegative / monthlyNet[crossingMonth]!;
  return (crossingMonth + Math.min(1, fraction)) / MONTHS_PER_YEAR;
}
