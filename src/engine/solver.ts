/**
 * Break-even solver (docs/semantics.md, "Results"): the value of one named parameter at which the NPV,
 * or the cumulative net at a chosen year, of a ledger or the total is zero. It scans the interval
 * for a sign change and then narrows that bracket by the Illinois method (regula falsi, with a
 * bisection step when the bracket fails to halve), so it never reports a value that does not solve
 * the target.
 */
import { SOLVER_MAX_ITERATIONS, SOLVER_RELATIVE_TOLERANCE, SOLVER_SCAN_POINTS, SOLVER_TOLERANCE_DKK } from './constants';
import { own } from './own';
import { runScenario } from './project';
import type { Model } from './model/catalogue';
import type { EngineError, Projection, Result } from './model/result';
import type { Scenario } from './model/scenario';

export interface SolveTarget {
  parameter: string;
  /** A ledger id, or 'total'. */
  ledger: string;
  metric: 'npv' | 'cumulative';
  /** For 'cumulative': the year (1-based) whose cumulative net must be zero; default the horizon. */
  year?: number;
  /** Search interval; default the parameter's min/max, else around its value. */
  range?: [number, number];
}

/** Why no value solves the target, as facts (the UI and CLI put them in words). */
export type NoSolution =
  /** The target has the same sign over the whole interval. */
  | { kind: 'noSignChange' }
  /** The target jumps across zero near `near` (e.g. through whole months) without reaching it. */
  | { kind: 'jump'; near: number }
  /** The scenario cannot be computed for part of the interval: the first problem. */
  | { kind: 'cannotCompute'; error: EngineError };

export type SolveOutcome =
  | { found: true; value: number; residual: number; iterations: number; range: [number, number] }
  | { found: false; range: [number, number]; reason: NoSolution };

/** The target metric for a projection (kr., total over participants). */
export function targetValue(projection: Projection, target: SolveTarget): number {
  const series = target.ledger === 'total' ? projection.total : own(projection.ledgers, target.ledger);
  if (!series) return NaN;
  if (target.metric === 'npv') return series.npv;
  const year = target.year ?? projection.horizonYears;
  return series.cumulative[year - 1] ?? NaN;
}

export function solveBreakEven(scenario: Scenario, model: Model, target: SolveTarget): Result<SolveOutcome, EngineError> {
  const param = own(scenario.parameters, target.parameter);
  if (!param) {
    return { ok: false, errors: [{ path: 'parameters', message: `unknown parameter '${target.parameter}' (known: ${Object.keys(scenario.parameters).join(', ') || 'none'})` }] };
  }
  const base = runScenario(scenario, model);
  if (!base.ok) return base;
  if (target.ledger !== 'total' && !own(base.value.ledgers, target.ledger)) {
    return { ok: false, errors: [{ path: 'target', message: `unknown ledger '${target.ledger}' (known: total, ${Object.keys(base.value.ledgers).join(', ')})` }] };
  }
  if (target.metric === 'cumulative' && target.year !== undefined && (target.year < 1 || target.year > base.value.horizonYears || !Number.isInteger(target.year))) {
    return { ok: false, errors: [{ path: 'target.year', message: `expected a year from 1 to ${base.value.horizonYears}, got ${target.year}` }] };
  }
  const current = own(base.value.values, target.parameter) ?? NaN;
  const range = target.range ?? defaultRange(current, param.min, param.max);
  const errors: EngineError[] = [];
  const f = (x: number): number => {
    const run = runScenario(scenario, model, { overrides: { [target.parameter]: x } });
    if (!run.ok) { errors.push(...run.errors); return NaN; }
    return targetValue(run.value, target);
  };
  const bracket = findSignChange(f, range);
  if (errors.length > 0 && !bracket) return { ok: true, value: { found: false, range, reason: { kind: 'cannotCompute', error: errors[0]! } } };
  if (!bracket) return { ok: true, value: { found: false, range, reason: { kind: 'noSignChange' } } };
  const [lo, hi, flo] = bracket;
  // A target that jumps across zero (e.g. through round()) has no root: accept only a residual
  // that is zero to within the absolute tolerance or to double precision of the target's size.
  const fhi = lo === hi ? flo : f(hi);
  const accepted = Math.max(SOLVER_TOLERANCE_DKK, SOLVER_RELATIVE_TOLERANCE * Math.max(Math.abs(flo), Math.abs(fhi)));
  // Converge to the absolute tolerance; the relative one only decides whether a collapsed bracket is a root.
  const root = refineRoot(f, lo, flo, hi, fhi, SOLVER_TOLERANCE_DKK);
  if (!(Math.abs(root.fx) <= accepted)) {
    return { ok: true, value: { found: false, range, reason: { kind: 'jump', near: root.x } } };
  }
  return { ok: true, value: { found: true, value: root.x, residual: root.fx, iterations: root.iterations, range } };
}

/**
 * Illinois regula falsi inside a sign-changing bracket (one step for a straight line, which most
 * targets are in most parameters), with a bisection step whenever the bracket fails to halve.
 */
function refineRoot(
  f: (x: number) => number, a: number, fa: number, b: number, fb: number, tolerance: number,
): { x: number; fx: number; iterations: number } {
  if (Math.abs(fa) <= tolerance) return { x: a, fx: fa, iterations: 0 };
  if (Math.abs(fb) <= tolerance) return { x: b, fx: fb, iterations: 0 };
  let side = 0;
  let x = a, fx = fa;
  for (let iterations = 1; iterations <= SOLVER_MAX_ITERATIONS; iterations++) {
    const width = b - a;
    const falsi = (fa * b - fb * a) / (fa - fb);
    x = Number.isFinite(falsi) && falsi > a && falsi < b && side !== 2 ? falsi : (a + b) / 2;
    fx = f(x);
    if (Math.abs(fx) <= tolerance || width <= Math.abs(x) * Number.EPSILON * 4) return { x, fx, iterations };
    if (Math.sign(fx) === Math.sign(fb)) {
      b = x; fb = fx;
      if (side === -1) fa /= 2;
      side = side === -1 && b - a > width / 2 ? 2 : -1;
    } else {
      a = x; fa = fx;
      if (side === 1) fb /= 2;
      side = side === 1 && b - a > width / 2 ? 2 : 1;
    }
  }
  return { x, fx, iterations: SOLVER_MAX_ITERATIONS };
}

function defaultRange(current: number, min?: number, max?: number): [number, number] {
  const span = Math.max(1, Math.abs(current)) * 10;
  return [min ?? current - span, max ?? current + span];
}

/** The first sub-interval where f changes sign (or hits zero): [lo, hi, f(lo)]. */
function findSignChange(f: (x: number) => number, [a, b]: [number, number]): [number, number, number] | null {
  let prevX = a;
  let prevF = f(a);
  if (prevF === 0) return [a, a, 0];
  for (let i = 1; i <= SOLVER_SCAN_POINTS; i++) {
    const x = a + ((b - a) * i) / SOLVER_SCAN_POINTS;
    const fx = f(x);
    if (Number.isFinite(prevF) && Number.isFinite(fx) && (fx === 0 || Math.sign(fx) !== Math.sign(prevF))) {
      return fx === 0 ? [x, x, 0] : [prevX, x, prevF];
    }
    prevX = x;
    prevF = fx;
  }
  return null;
}
