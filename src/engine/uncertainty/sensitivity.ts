/**
 * One-way sensitivity: every parameter is moved to its low and its high value in turn (its
 * uncertainty's range, or ±20 % of its value by default) and the NPV of a ledger or the total is
 * recomputed — a tornado, widest swing first — with each parameter's switching value (where the
 * NPV crosses zero) and the NPV under each discount preset.
 */
import { own } from '../own';
import { runScenario } from '../project';
import { solveBreakEven, targetValue, wholeValued, type SolveTarget } from '../solver';
import { uncertaintyRange } from './distributions';
import type { Model } from '../model/catalogue';
import type { EngineError, Projection, Result } from '../model/result';
import { dependenciesOf, namesIn } from '../scope';
import type { Scenario } from '../model/scenario';

/** The default one-way range: ±20 % of the base value. */
export const DEFAULT_SWING = 0.2;

export interface TornadoBar {
  parameter: string;
  base: number;
  low: number;
  high: number;
  /** The target at the low and the high value (null where the scenario cannot be computed). */
  npvLow: number | null;
  npvHigh: number | null;
  /** Where the target crosses zero, if it does in the parameter's sensible range. */
  switchingValue: number | null;
  /**
   * Where the switching value was sought: 'positive' (or 'negative') when the parameter has no
   * min/max and its value is positive (negative), so a value of the other sign — a negative cost, a
   * negative value per person-year — is never offered; 'range' inside its own or the solver's range.
   */
  switchingSearch: 'positive' | 'negative' | 'range';
}

export interface Tornado {
  ledger: string;
  baseNpv: number;
  bars: TornadoBar[];
}

export interface TornadoOptions {
  /** Solve each parameter's switching value (default true). */
  switching?: boolean;
  /** The NPVs per participant (each run's target over its participants), as the key figures show them. */
  perParticipant?: boolean;
}

export function tornado(
  scenario: Scenario, model: Model, ledger = 'total', options: TornadoOptions = {},
): Result<Tornado, EngineError> {
  const base = runScenario(scenario, model);
  if (!base.ok) return base;
  const target: SolveTarget = { parameter: '', ledger, metric: 'npv' };
  const scaled = (projection: typeof base.value): number => {
    const value = targetValue(projection, target);
    return options.perParticipant && projection.participants > 0 ? value / projection.participants : value;
  };
  const npvAt = (parameter: string, value: number): number | null => {
    const run = runScenario(scenario, model, { overrides: { [parameter]: value } });
    return run.ok ? scaled(run.value) : null;
  };
  const ranges = Object.entries(scenario.parameters).map(([parameter, p]) => {
    const value = own(base.value.values, parameter) ?? NaN;
    const given = own(base.value.repriced, parameter) ? value / base.value.repriced[parameter]!.factor : value;
    const [low, high] = p.uncertainty ? uncertaintyRange(p.uncertainty) : [given * (1 - DEFAULT_SWING), given * (1 + DEFAULT_SWING)];
    return { parameter, given, low, high, path: `parameters.${parameter}.${p.uncertainty ? 'uncertainty' : 'value'}` };
  });
  // A range is an input like any other: an end that is not a finite number is refused, not plotted.
  const unbounded = ranges.filter((r) => !Number.isFinite(r.low) || !Number.isFinite(r.high));
  if (unbounded.length > 0) {
    return { ok: false, errors: unbounded.map((r) => ({ path: r.path, message: `the one-way range ${r.low} to ${r.high} is not finite; give the uncertainty finite bounds` })) };
  }
  const bars = ranges.map(({ parameter, given, low, high }): TornadoBar => {
    let switchingValue: number | null = null;
    const { range, search } = switchingRange(scenario.parameters[parameter]!, given);
    if (options.switching !== false) {
      const whole = wholeValued(scenario, parameter) !== null;
      const solved = solveBreakEven(scenario, model, { ...target, parameter, whole, ...(range ? { range } : {}) });
      switchingValue = solved.ok && solved.value.found ? solved.value.value : null;
    }
    return { parameter, base: given, low, high, npvLow: npvAt(parameter, low), npvHigh: npvAt(parameter, high), switchingValue, switchingSearch: search };
  });
  const swing = (b: TornadoBar) => Math.abs((b.npvHigh ?? 0) - (b.npvLow ?? 0));
  bars.sort((a, b) => swing(b) - swing(a));
  return { ok: true, value: { ledger, baseNpv: scaled(base.value), bars } };
}

/** A parameter without min and max is searched on its own side of zero only (the solver's span). */
function switchingRange(
  p: { min?: number; max?: number }, given: number,
): { range?: [number, number]; search: TornadoBar['switchingSearch'] } {
  if (p.min !== undefined || p.max !== undefined || !Number.isFinite(given) || given === 0) return { search: 'range' };
  const span = Math.abs(given) * 11;
  return given > 0 ? { range: [0, span], search: 'positive' } : { range: [-span, 0], search: 'negative' };
}

/** Text fields of a case, never read as expressions. */
const TEXT_FIELDS = new Set(['label', 'description', 'note', 'source', 'id', 'title']);

/**
 * The parameters nothing in the case reads, directly or through other parameters: moving one
 * changes no figure, so the analyses mark it instead of giving it a zero-width bar.
 */
export function unusedParameters(scenario: Scenario, projection: Projection): string[] {
  const read = new Set<string>();
  const walk = (node: unknown, key: string): void => {
    if (typeof node === 'string') {
      if (!TEXT_FIELDS.has(key)) for (const name of namesIn(node)) read.add(name);
    } else if (Array.isArray(node)) node.forEach((n) => walk(n, key));
    else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(scenario.targetGroups, '');
  walk(scenario.settings, '');
  const used = new Set(dependenciesOf([...read].filter((n) => Object.hasOwn(projection.uses, n)), projection.uses));
  return Object.keys(scenario.parameters).filter((name) => !used.has(name));
}

/** NPV per ledger and in total under each of the model's discount presets. */
export function discountSweep(scenario: Scenario, model: Model): Result<{ preset: string; label: string; npv: Record<string, number> }[], EngineError> {
  const out: { preset: string; label: string; npv: Record<string, number> }[] = [];
  for (const preset of model.discountPresets) {
    const run = runScenario({ ...scenario, settings: { ...scenario.settings, discount: { preset: preset.id } } }, model);
    if (!run.ok) return run;
    const npv: Record<string, number> = { total: run.value.total.npv };
    for (const [id, s] of Object.entries(run.value.ledgers)) npv[id] = s.npv;
    out.push({ preset: preset.id, label: preset.label, npv });
  }
  return { ok: true, value: out };
}
