/**
 * Comparing a baseline with variants: key figures per ledger side by side, and every assumption
 * (field of the scenario) that differs, by path.
 */
import { runScenario } from './project';
import type { Model } from './model/catalogue';
import type { EngineError, Projection, Result } from './model/result';
import type { Scenario } from './model/scenario';

export interface Difference {
  path: string;
  base: unknown;
  variant: unknown;
}

export interface Comparison {
  projections: Projection[];
  /** For each variant (index 1 …), the fields that differ from the baseline (index 0). */
  differences: Difference[][];
}

export function compareScenarios(scenarios: { scenario: Scenario; model: Model }[]): Result<Comparison, EngineError> {
  const projections: Projection[] = [];
  for (const [i, { scenario, model }] of scenarios.entries()) {
    const run = runScenario(scenario, model);
    if (!run.ok) return { ok: false, errors: run.errors.map((e) => ({ ...e, path: `scenarios[${i}].${e.path}` })) };
    projections.push(run.value);
  }
  const base = scenarios[0]?.scenario;
  return { ok: true, value: { projections, differences: scenarios.slice(1).map((v) => differences(base, v.scenario)) } };
}

/**
 * Paths at which two JSON values differ (arrays by index, objects by key), in document order. The
 * walk keeps its own stack, so a value nested 20,000 levels deep cannot overflow the call stack.
 */
export function differences(a: unknown, b: unknown, path = ''): Difference[] {
  const found: Difference[] = [];
  const stack: [unknown, unknown, string][] = [[a, b, path]];
  while (stack.length > 0) {
    const [x, y, at] = stack.pop()!;
    if (Object.is(x, y)) continue;
    const bothObjects = typeof x === 'object' && x !== null && typeof y === 'object' && y !== null;
    if (!bothObjects || Array.isArray(x) !== Array.isArray(y)) {
      found.push({ path: at || '(scenario)', base: x, variant: y });
      continue;
    }
    const join = (key: string | number) => (typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${key}` : key);
    const children: [unknown, unknown, string][] = Array.isArray(x) && Array.isArray(y)
      ? Array.from({ length: Math.max(x.length, y.length) }, (_, i) => [x[i], y[i], join(i)])
      : [...new Set([...Object.keys(x), ...Object.keys(y)])]
        .map((k) => [(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], join(k)]);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}
