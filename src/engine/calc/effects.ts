/**
 * The effect of an outcome over participant months (docs/semantics.md, "Effects"):
 * Δ(k) = (treated − counterfactual) · ramp(k) · decay(k) for k in [start, start + duration).
 * - ramp: linear over `rampMonths`, reaching (k − start + 1)/ramp in month k, full after `rampMonths`;
 * - exponential decay: × (1 − d) for each whole year since the effect started (stepwise by year);
 * - linear decay: × max(0, 1 − (k − start)/monthsToZero), so month `start` has the full effect.
 * A lock-in is a share applied in its own window, valued like the outcome.
 */
import { windowOf, type Profile } from './profile';
import type { Allocate } from './arena';

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

export function effectProfile(effect: ResolvedEffect, months: number, alloc: Allocate): Profile {
  const { delta, startMonth, rampMonths, decay } = effect;
  const profile = windowOf(delta, startMonth, startMonth + effect.durationMonths, months, alloc);
  const values = profile.values;
  if (rampMonths === 0 && decay.type === 'none') return profile;
  let yearFactor = 1;
  for (let i = 0; i < values.length; i++) {
    const since = profile.from + i - startMonth;
    // The exponential factor changes once per effect-year, so Math.pow runs once a year.
    if (decay.type === 'exponential' && since % 12 === 0) yearFactor = decayFactor(decay, since);
    const ramp = rampMonths > 0 ? Math.min(1, (since + 1) / rampMonths) : 1;
    values[i]! *= ramp * (decay.type === 'exponential' ? yearFactor : decayFactor(decay, since));
  }
  return profile;
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
