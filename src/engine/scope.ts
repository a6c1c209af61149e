/**
 * Resolves the names an expression may read: catalogue constants, then the scenario's
 * parameters (a parameter with a constant's id replaces it, so local figures can stand in for
 * catalogue ones). Parameters may be expressions over each other; cycles are reported.
 */
import { compileExpression } from './expressions';
import { isMoneyUnit, priceFactor, type Pricing, type Repricing } from './calc/pricing';
import type { Constant } from './model/catalogue';
import type { EngineError } from './model/result';
import type { Amount, Parameter } from './model/scenario';

export interface Scope {
  values: Record<string, number>;
  /** For each name, the names it depends on, itself included. */
  dependencies: Record<string, string[]>;
  /** Names whose value was converted to the scenario's price year, and how. */
  repriced: Record<string, Repricing>;
  /** Values of expressions already evaluated in this run: names never change once set. */
  results: Map<string, number>;
  errors: EngineError[];
}

export function buildScope(
  constants: Record<string, Constant>,
  parameters: Record<string, Parameter>,
  overrides: Record<string, number> = {},
  pricing?: Pricing,
): Scope {
  // Prototype-free maps, so names such as 'toString' or 'constructor' are unknown like any other.
  const empty = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
  const scope: Scope = { values: empty(), dependencies: empty(), repriced: empty(), results: new Map(), errors: [] };
  /** The value in the scenario's price year (money with another price year is converted). */
  const reprice = (name: string, value: number, priceYear: number | undefined, path: string): number | null => {
    if (!pricing || priceYear === undefined || priceYear === pricing.toYear) return value;
    const found = priceFactor(pricing, priceYear);
    if ('message' in found) {
      scope.errors.push({ path, message: found.message });
      return null;
    }
    scope.repriced[name] = { fromYear: priceYear, toYear: pricing.toYear, index: pricing.indexId, factor: found.factor };
    return value * found.factor;
  };
  for (const [id, c] of Object.entries(constants)) {
    if (!Object.hasOwn(parameters, id)) {
      const value = reprice(id, c.value, isMoneyUnit(c.unit) ? c.priceYear : undefined, `model.constants.${id}.priceYear`);
      if (value !== null) scope.values[id] = value;
      scope.dependencies[id] = [id];
    }
  }
  const state = new Map<string, 'resolving' | 'done'>();
  const resolve = (name: string, trail: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'resolving') {
      const cycle = [...trail.slice(trail.indexOf(name)), name].join(' → ');
      scope.errors.push({ path: `parameters.${name}.value`, message: `the parameters refer to each other in a cycle: ${cycle}` });
      return;
    }
    state.set(name, 'resolving');
    scope.dependencies[name] = [name]; // known from here on, so a failure is reported once
    const param = parameters[name]!;
    const path = `parameters.${name}.value`;
    if (Object.hasOwn(overrides, name)) {
      const value = reprice(name, overrides[name]!, param.priceYear, `parameters.${name}.priceYear`);
      if (value !== null) scope.values[name] = value;
      scope.dependencies[name] = [name];
    } else {
      const deps = new Set<string>([name]);
      for (const used of namesIn(param.value)) {
        if (Object.hasOwn(parameters, used)) resolve(used, [...trail, name]);
        for (const d of scope.dependencies[used] ?? []) deps.add(d);
      }
      const evaluated = evaluateAmount(param.value, path, scope);
      // An expression's names carry their own price years and are re-priced already: converting its
      // result again would count the conversion twice.
      if (param.priceYear !== undefined && typeof param.value !== 'number') {
        scope.errors.push({ path: `parameters.${name}.priceYear`, message: 'a price year applies to a number; the names in an expression are re-priced by their own price years' });
      }
      const value = evaluated === null ? null : reprice(name, evaluated, typeof param.value === 'number' ? param.priceYear : undefined, `parameters.${name}.priceYear`);
      if (value !== null) scope.values[name] = value;
      scope.dependencies[name] = [...deps];
    }
    state.set(name, 'done');
  };
  for (const name of Object.keys(parameters)) resolve(name, []);
  return scope;
}

/** Names read by an amount (none for a plain number or an unreadable expression). */
export function namesIn(amount: Amount): string[] {
  if (typeof amount === 'number') return [];
  const compiled = compileExpression(amount);
  return compiled.ok ? compiled.value.names : [];
}

/** Evaluates an amount in the scope; on failure records an error at `path` and returns null. */
export function evaluateAmount(amount: Amount, path: string, scope: Scope): number | null {
  if (typeof amount === 'number') {
    if (Number.isFinite(amount)) return amount;
    scope.errors.push({ path, message: `expected a finite number, got ${amount}` });
    return null;
  }
  const known = scope.results.get(amount);
  if (known !== undefined) return known;
  const compiled = compileExpression(amount);
  if (!compiled.ok) {
    scope.errors.push({ path, message: compiled.message });
    return null;
  }
  const unknown = compiled.value.names.filter((n) => !(n in scope.values));
  if (unknown.length > 0) {
    // A name that is known but failed to resolve has been reported at its own path already.
    if (unknown.every((n) => n in scope.dependencies)) return null;
    scope.errors.push({ path, message: `unknown name ${unknown.map((n) => `'${n}'`).join(', ')} in '${amount}'` });
    return null;
  }
  let value: unknown;
  try {
    value = compiled.value.evaluate(scope.values);
  } catch (error) {
    scope.errors.push({ path, message: `cannot evaluate '${amount}': ${(error as Error).message}` });
    return null;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    scope.results.set(amount, value);
    return value;
  }
  scope.errors.push({ path, message: `'${amount}' gives ${String(value)}, not a finite number` });
  return null;
}

/** The parameters and constants an amount depends on, transitively. */
export function dependenciesOf(amount: Amount | undefined, scope: Scope): string[] {
  if (amount === undefined) return [];
  const out = new Set<string>();
  for (const n of namesIn(amount)) for (const d of scope.dependencies[n] ?? [n]) out.add(d);
  return [...out];
}
