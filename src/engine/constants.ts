/** Every default and tolerance of the engine, named once. */

export const MONTHS_PER_YEAR = 12;
/** Weeks in a month, for the refusion staircase's seniority (52 weeks a year). */
export const WEEKS_PER_MONTH = 52 / 12;
/** A cumulative net within this many kroner of zero counts as zero when finding the payback time. */
export const PAYBACK_TOLERANCE_DKK = 1e-6;
/** Months and counts must be whole numbers to within this. */
export const INTEGER_TOLERANCE = 1e-9;
/** The break-even solver stops when the target is this close to zero (kr.) or the bracket this narrow. */
export const SOLVER_TOLERANCE_DKK = 1e-6;
/** …or within this fraction of the target's size at the ends of the bracket (double precision). */
export const SOLVER_RELATIVE_TOLERANCE = 1e-12;
export const SOLVER_MAX_ITERATIONS = 200;
/** Points at which the solver samples its interval to find a sign change. */
export const SOLVER_SCAN_POINTS = 32;
/** The department key for flows booked to a ledger as a whole. */
export const NO_DEPARTMENT = '-';
export const MAX_HORIZON_YEARS = 200;
