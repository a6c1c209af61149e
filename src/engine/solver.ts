/**
 * Break-even solver (docs/semantics.md, "Results"): the value of one named parameter at which the NPV,
 * or the cumulative net at a chosen year, of a ledger or the total is zero. It scans the interval
 * for a sign change and then narrows that bracket by the Illinois method (regula falsi, with a
 * bisection step when the bracket fails to halve), so it never reports a value that does not solve
 * the target.
 */
import { SOLVER_MAX_ITERATIONS, SOLVER_RELATIVE_TOLERANCE, SOLVER_SCAN_POINTS, SOLVER_TOLERANCE_DKK } from './constants';
import { compileExpression } from './expressions';
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
  /**
   * The parameter takes whole values only (months, counts): the target is a step function of it,
   * so the answer is the whole value next to the step that meets the target (target ≥ 0), not a root.
   */
  whole?: boolean;
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
  /** `whole`: the value is the whole one next to the step where the target first is ≥ 0; the residual is the target there. */
  | { found: true; value: number; residual: number; iterations: number; range: [number, number]; whole?: true }
  | { found: false; range: [number, number]; reason: NoSolution };

/** The scenario fields that count whole months (calc/lines.ts wholeMonths rounds an expression there). */
const MONTH_FIELDS = new Set(['startMonth', 'durationMonths', 'rampMonths', 'monthsToZero']);

/**
 * Whether a parameter takes whole values only, and which: 'months' when its unit is months or a
 * month field of the case reads it, 'persons' for a count of persons; null for a continuous one.
 * The solver's `whole` flag is set from this.
 */
export function wholeValued(scenario: Scenario, name: string): 'months' | 'persons' | null {
  const param = own(scenario.parameters, name);
  if (!param) return null;
  if (param.unit === 'months') return 'months';
  if (param.unit === 'persons') return 'persons';
  if (param.unit !== undefined) return null;
  return readsInMonthField(scenario.targetGroups, name) ? 'months' : null;
}

function readsInMonthField(node: unknown, name: string): boolean {
  if (Array.isArray(node)) return node.some((n) => readsInMonthField(n, name));
  if (node === null || typeof node !== 'object') return false;
  return Object.entries(node).some(([key, value]) => {
    if (MONTH_FIELDS.has(key) && typeof value === 'string') {
      const compiled = compileExpression(value);
      return compiled.ok && compiled.value.names.includes(name);
    }
    return typeof value === 'object' && readsInMonthField(value, name);
  });
}

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
  if (target.whole) return { ok: true, value: solveWhole(f, range, errors) };
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
 * The whole value that meets the target (f ≥ 0) next to the first step across zero in the interval's
 * whole values: scan them (all of them when there are few), then halve the bracket between two whole
 * values. For a target rising in the parameter this is the smallest whole value that meets it.
 */
function solveWhole(f: (x: number) => number, range: [number, number], errors: EngineError[]): SolveOutcome {
  const lo = Math.ceil(Math.min(range[0], range[1]));
  const hi = Math.floor(Math.max(range[0], range[1]));
  const none = (): SolveOutcome => errors.length > 0
    ? { found: false, range, reason: { kind: 'cannotCompute', error: errors[0]! } }
    : { found: false, range, reason: { kind: 'noSignChange' } };
  if (!(hi >= lo)) return none();
  const step = Math.max(1, Math.ceil((hi - lo) / SOLVER_SCAN_POINTS));
  let prevX = lo;
  let prevF = f(lo);
  let iterations = 1;
  if (prevF === 0) return { found: true, value: lo, residual: 0, iterations, range, whole: true };
  for (let x = Math.min(lo + step, hi); x > prevX; prevX = x, x = Math.min(x + step, hi)) {
    const fx = f(x);
    iterations++;
    if (Number.isFinite(prevF) && Number.isFinite(fx) && (fx === 0 || Math.sign(fx) !== Math.sign(prevF))) {
      let a = prevX, fa = prevF, b = x, fb = fx;
      while (b - a > 1 && fb !== 0) {
        const m = Math.floor((a + b) / 2);
        const fm = f(m);
        iterations++;
        if (!Number.isFinite(fm)) break;
        if (fm === 0 || Math.sign(fm) === Math.sign(fb)) { b = m; fb = fm; } else { a = m; fa = fm; }
      }
      const [value, residual] = fb === 0 || fb > 0 ? [b, fb] : [a, fa];
      return { found: true, value, residual, iterations, range, whole: true };
    }
    prevF = fx;
  }
  return none();
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
