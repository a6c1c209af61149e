/**
 * The effect of an outcome over participant months (semantics.md, "Effects"):
 * Δ(k) = (treated − counterfactual) · ramp(k) · decay(k) for k in [start, start + duration).
 * - ramp: linear over `rampMonths`, reaching (k − start + 1)/ramp in month k, full after `rampMonths`;
 * - exponential decay: × (1 − d) for each whole year since the effect started (stepwise by year);
 * - linear decay: × max(0, 1 − (k − start)/monthsToZero), so month `start` has the full effect.
 * A lock-in is a share applied in its own window, valued like the outcome.
 */
export type ResolvedDecay =
  | { type: 'none' }
  | { type: 'exponential'; ratePerYear: number }
  | { type: 'linear'; monthsToZero: number };

export interface ResolvedEffect {
  delta: number;
  startMonth: number;
  rampMonths: number;
  durationMonths: number;
  decay: ResolvedDecay;
}

export function effectProfile(effect: ResolvedEffect, months: number): Float64Array {
  const out = new Float64Array(months);
  const { delta, startMonth, rampMonths, decay } = effect;
  const end = Math.min(months, startMonth + effect.durationMonths);
  for (let k = startMonth; k < end; k++) {
    const since = k - startMonth;
    const ramp = rampMonths > 0 ? Math.min(1, (since + 1) / rampMonths) : 1;
    out[k] = delta * ramp * decayFactor(decay, since);
  }
  return out;
}

function decayFactor(decay: ResolvedDecay, monthsSinceStart: number): number {
  switch (decay.type) {
    case 'none':
      return 1;
    case 'exponential':
      return Math.pow(1 - decay.ratePerYear, Math.floor(monthsSinceStart / 12));
    case 'linear':
      return decay.monthsToZero > 0 ? Math.max(0, 1 - monthsSinceStart / decay.monthsToZero) : 0;
  }
}

export function windowProfile(share: number, startMonth: number, durationMonths: number, months: number): Float64Array {
  const out = new Float64Array(months);
  const end = Math.min(months, startMonth + durationMonths);
  for (let k = startMonth; k < end; k++) out[k] = share;
  return out;
}
