/**
 * A monthly profile that is zero outside a window: `values[i]` is the value in month `from + i`.
 * Costs, effects and lock-ins are non-zero only in their windows, so keeping just the window makes
 * large portfolios cheap to project (no work and no memory for the zero months).
 */
import type { Allocate } from './arena';

export interface Profile {
  from: number;
  values: Float64Array;
}

export const EMPTY_PROFILE: Profile = { from: 0, values: new Float64Array(0) };

/** A profile of `perMonth` in months [from, to), clipped to [0, months). */
export function windowOf(perMonth: number, from: number, to: number, months: number, alloc: Allocate): Profile {
  const lo = Math.max(0, from);
  const hi = Math.min(months, to);
  return hi > lo ? { from: lo, values: alloc(hi - lo).fill(perMonth) } : EMPTY_PROFILE;
}

export function scaleProfile(profile: Profile, factor: number, alloc: Allocate): Profile {
  const values = alloc(profile.values.length);
  for (let i = 0; i < values.length; i++) values[i] = profile.values[i]! * factor;
  return { from: profile.from, values };
}

/** profile(k) · perMonth(k), where perMonth is a constant or a full-length monthly series. */
export function multiplyProfile(profile: Profile, perMonth: number | Float64Array, alloc: Allocate): Profile {
  const { from, values: src } = profile;
  const values = alloc(src.length);
  if (typeof perMonth === 'number') for (let i = 0; i < values.length; i++) values[i] = src[i]! * perMonth;
  else for (let i = 0; i < values.length; i++) values[i] = src[i]! * perMonth[from + i]!;
  return { from, values };
}
