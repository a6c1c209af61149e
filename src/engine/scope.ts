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
  /**
   * For each known name, the parameters and constants it reads directly. The transitive closure is
   * worked out only when asked (dependenciesOf): stored per name it grows O(n²) on a long chain.
   */
  uses: Record<string, string[]>;
  /** Names whose value was converted to the scenario's price year, and how. */
  repriced: Record<string, Repricing>;
  /** Values of expressions already evaluated in this run: names never change once set. */
  results: Map<string, number>;
  errors: EngineError[];
}

/** A parameter being resolved: the names it reads and how far through them the walk has come. */
interface Frame {
  name: string;
  reads: string[];
  next: number;
}

export function buildScope(
  constants: Record<string, Constant>,
  parameters: Record<string, Parameter>,
  overrides: Record<string, number> = {},
  pricing?: Pricing,
): Scope {
  // Prototype-free maps, so names such as 'toString' or 'constructor' are unknown like any other.
  const empty = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
  const scope: Scope = { values: empty(), uses: empty(), repriced: empty(), results: new Map(), errors: [] };
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
      scope.uses[id] = [];
    }
  }
  const evaluate = (name: string): void => {
    const param = parameters[name]!;
    if (Object.hasOwn(overrides, name)) {
      const value = reprice(name, overrides[name]!, param.priceYear, `parameters.${name}.priceYear`);
      if (value !== null) scope.values[name] = value;
      return;
    }
    const evaluated = evaluateAmount(param.value, `parameters.${name}.value`, scope);
    // An expression's names carry their own price years and are re-priced already: converting its
    // result again would count the conversion twice.
    if (param.priceYear !== undefined && typeof param.value !== 'number') {
      scope.errors.push({ path: `parameters.${name}.priceYear`, message: 'a price year applies to a number; the names in an expression are re-priced by their own price years' });
    }
    const value = evaluated === null ? null : reprice(name, evaluated, typeof param.value === 'number' ? param.priceYear : undefined, `parameters.${name}.priceYear`);
    if (value !== null) scope.values[name] = value;
  };
  // Each parameter is resolved once, after the parameters it reads: a depth-first walk on an explicit
  // stack (a chain of 20,000 parameters would overflow the call stack), so the work is linear.
  const done = new Set<string>();
  const onStack = new Map<string, number>();
  const stack: Frame[] = [];
  const enter = (name: string): void => {
    const reads = Object.hasOwn(overrides, name) ? [] : namesIn(parameters[name]!.value);
    // Known from here on, so a failure is reported once, at its own path.
    scope.uses[name] = reads.filter((n) => Object.hasOwn(parameters, n) || Object.hasOwn(constants, n));
    onStack.set(name, stack.length);
    stack.push({ name, reads, next: 0 });
  };
  for (const root of Object.keys(parameters)) {
    if (done.has(root)) continue;
    enter(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next < frame.reads.length) {
        const used = frame.reads[frame.next++]!;
        if (!Object.hasOwn(parameters, used) || done.has(used)) continue;
        const at = onStack.get(used);
        if (at === undefined) {
          enter(used);
        } else {
          const cycle = [...stack.slice(at).map((f) => f.name), used].join(' → ');
          scope.errors.push({ path: `parameters.${used}.value`, message: `the parameters refer to each other in a cycle: ${cycle}` });
        }
        continue;
      }
      stack.pop();
      onStack.delete(frame.name);
      evaluate(frame.name);
      done.add(frame.name);
    }
  }
  return scope;
}

/**
 * The parameters and constants the given names depend on, transitively, each name itself included,
 * in the order a depth-first walk meets them. A name the scope does not know is kept as it is.
 */
export function dependenciesOf(names: Iterable<string>, uses: Readonly<Record<string, readonly string[]>>): string[] {
  const seen = new Set<string>();
  const pending = [...names].reverse();
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const reads = Object.hasOwn(uses, name) ? uses[name]! : [];
    for (let i = reads.length - 1; i >= 0; i--) if (!seen.has(reads[i]!)) pending.push(reads[i]!);
  }
  return [...seen];
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
    if (unknown.every((n) => n in scope.uses)) return null;
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
