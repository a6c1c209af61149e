/**
 * A scenario compiled once for many runs that change only some parameters (Monte Carlo draws):
 * the first successful run with a given set of overridden names is recorded (the scope's values in
 * evaluation order, the names that read an overridden one, directly or through others, and the
 * values of every expression that reads none of them). Each later run with the same names copies
 * what cannot have changed and re-evaluates only the parameters downstream of the overrides; the
 * lines and sums are then projected as runScenario projects them. So `run(o)` gives exactly what
 * `runScenario(scenario, model, { overrides: o })` gives, error for error and bit for bit
 * (test/engine/compile.test.ts).
 */
import { openArena } from './calc/arena';
import type { Repricing } from './calc/pricing';
import { compileExpression } from './expressions';
import { project, type RunOptions } from './project';
import { buildScope, evaluateAmount, type Scope } from './scope';
import type { Model } from './model/catalogue';
import type { EngineError, Projection, Result } from './model/result';
import type { Scenario } from './model/scenario';

export interface CompiledScenario {
  /** The projection with these parameter values (as runScenario with `overrides`). */
  run(overrides?: Record<string, number>): Result<Projection, EngineError>;
  /** How many runs re-used a recording (for tests and benches). */
  readonly reused: number;
}

/** What a successful run with one set of overridden names leaves for the next runs with the same names. */
interface Recording {
  /** Every name of the scope, in the order buildScope evaluated it (dependencies first). */
  order: string[];
  values: Record<string, number>;
  uses: Record<string, string[]>;
  repriced: Record<string, Repricing>;
  /** The names whose value can change with the overrides: the overridden ones and all that read them. */
  dirty: Set<string>;
  /** Values of expressions that read no dirty name. */
  results: [string, number][];
}

const empty = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
/** Integer-like keys are listed first by Object.keys, not in insertion order: such a scope is not recorded. */
const INDEX_LIKE = /^(0|[1-9]\d*)$/;

export function compileScenario(scenario: Scenario, model: Model, options: Omit<RunOptions, 'overrides'> = {}): CompiledScenario {
  const recordings = new Map<string, Recording | null>();
  let reused = 0;

  const record = (scope: Scope, overrides: Record<string, number>): Recording | null => {
    const order = Object.keys(scope.values);
    if (order.some((name) => INDEX_LIKE.test(name))) return null;
    const dirty = new Set<string>();
    for (const name of order) {
      if (Object.hasOwn(overrides, name) || (scope.uses[name] ?? []).some((n) => dirty.has(n))) dirty.add(name);
    }
    const results: [string, number][] = [];
    for (const [text, value] of scope.results) {
      const compiled = compileExpression(text);
      if (compiled.ok && !compiled.value.names.some((n) => dirty.has(n))) results.push([text, value]);
    }
    return {
      order, dirty, results,
      values: Object.assign(empty<number>(), scope.values),
      uses: Object.assign(empty<string[]>(), scope.uses),
      repriced: Object.assign(empty<Repricing>(), scope.repriced),
    };
  };

  const replay = (rec: Recording, overrides: Record<string, number>): Scope => {
    const scope: Scope = {
      values: empty(), uses: Object.assign(empty<string[]>(), rec.uses), repriced: Object.assign(empty<Repricing>(), rec.repriced),
      results: new Map(rec.results), errors: [],
    };
    for (const name of rec.order) {
      if (!rec.dirty.has(name)) {
        scope.values[name] = rec.values[name]!;
      } else if (Object.hasOwn(overrides, name)) {
        // As buildScope's reprice: the recorded factor when the name was converted, else the value as given.
        const repriced = rec.repriced[name];
        scope.values[name] = repriced ? overrides[name]! * repriced.factor : overrides[name]!;
      } else {
        // A dirty name that is not overridden reads another: an expression, never re-priced itself.
        const value = evaluateAmount(scenario.parameters[name]!.value, `parameters.${name}.value`, scope);
        if (value !== null) scope.values[name] = value;
      }
    }
    return scope;
  };

  const run = (overrides: Record<string, number> = {}): Result<Projection, EngineError> => {
    const names = Object.keys(overrides);
    const runOptions: RunOptions = { ...options, overrides };
    const arena = openArena();
    try {
      // An override of a name that is not a parameter is ignored by buildScope: such runs are not recorded.
      if (names.some((n) => !Object.hasOwn(scenario.parameters, n))) return project(scenario, model, runOptions, arena.alloc);
      const key = names.sort().join('\u0000');
      const rec = recordings.get(key);
      if (rec) {
        reused++;
        return project(scenario, model, runOptions, arena.alloc, () => replay(rec, overrides));
      }
      let built: Scope | undefined;
      const result = project(scenario, model, runOptions, arena.alloc, (constants, pricing) => (built = buildScope(constants, scenario.parameters, overrides, pricing)));
      // Only a run without errors is recorded: every name resolved, so no later run can lack one it had.
      if (result.ok && built && rec === undefined) recordings.set(key, record(built, overrides));
      return result;
    } finally {
      arena.release();
    }
  };

  return { run, get reused() { return reused; } };
}
