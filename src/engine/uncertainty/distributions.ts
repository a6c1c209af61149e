/**
 * Drawing a parameter's value from its uncertainty (docs/semantics.md, "Parameters and expressions"):
 * uniform, triangular, PERT, normal and lognormal, the last two optionally truncated to [min, max].
 */
import type { Uncertainty } from '../model/scenario';
import type { Random } from './random';

/** Tries before a truncated normal or lognormal gives up rejecting and clamps to its bounds. */
const MAX_REJECTIONS = 1000;
/** The z-score of the 5th and 95th percentiles, for the low/high of unbounded distributions. */
const Z_95 = 1.6448536269514722;

export function sampleUncertainty(u: Uncertainty, random: Random): number {
  switch (u.type) {
    case 'uniform':
      return u.min + (u.max - u.min) * random();
    case 'triangular':
      return triangular(u.min, u.mode, u.max, random());
    case 'pert':
      return pert(u.min, u.mode, u.max, random);
    case 'normal':
      return truncated(() => u.mean + u.sd * standardNormal(random), u.min, u.max);
    case 'lognormal':
      return truncated(() => Math.exp(u.mu + u.sigma * standardNormal(random)), u.min, u.max);
  }
}

/** A low and a high value: the bounds, or the 5th and 95th percentiles of an unbounded distribution. */
export function uncertaintyRange(u: Uncertainty): [number, number] {
  switch (u.type) {
    case 'uniform':
    case 'triangular':
    case 'pert':
      return [u.min, u.max];
    case 'normal':
      return [Math.max(u.min ?? -Infinity, u.mean - Z_95 * u.sd), Math.min(u.max ?? Infinity, u.mean + Z_95 * u.sd)];
    case 'lognormal':
      return [Math.max(u.min ?? 0, Math.exp(u.mu - Z_95 * u.sigma)), Math.min(u.max ?? Infinity, Math.exp(u.mu + Z_95 * u.sigma))];
  }
}

/** The problem with a distribution's parameters, or null. */
export function checkUncertainty(u: Uncertainty): string | null {
  const bounded = 'mode' in u ? u.min <= u.mode && u.mode <= u.max : u.type === 'uniform' ? u.min <= u.max : true;
  if (!bounded) return 'expected min ≤ mode ≤ max';
  if ((u.type === 'normal' || u.type === 'lognormal') && u.min !== undefined && u.max !== undefined && u.min > u.max) return 'expected min ≤ max';
  return null;
}

function triangular(min: number, mode: number, max: number, p: number): number {
  if (max === min) return min;
  const split = (mode - min) / (max - min);
  return p < split ? min + Math.sqrt(p * (max - min) * (mode - min)) : max - Math.sqrt((1 - p) * (max - min) * (max - mode));
}

/** PERT: min + (max − min) · Beta(α, β), α = 1 + 4(mode − min)/(max − min), β = 1 + 4(max − mode)/(max − min). */
function pert(min: number, mode: number, max: number, random: Random): number {
  if (max === min) return min;
  const alpha = 1 + (4 * (mode - min)) / (max - min);
  const beta = 1 + (4 * (max - mode)) / (max - min);
  const x = gamma(alpha, random);
  const y = gamma(beta, random);
  return min + ((max - min) * x) / (x + y);
}

/** Box–Muller. */
function standardNormal(random: Random): number {
  const u = 1 - random(); // (0, 1]: log(0) is avoided
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Marsaglia and Tsang's method, for shape ≥ 1 (PERT's shapes always are). */
function gamma(shape: number, random: Random): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number, v: number;
    do {
      x = standardNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

function truncated(draw: () => number, min = -Infinity, max = Infinity): number {
  for (let i = 0; i < MAX_REJECTIONS; i++) {
    const x = draw();
    if (x >= min && x <= max) return x;
  }
  return Math.min(max, Math.max(min, draw()));
}
