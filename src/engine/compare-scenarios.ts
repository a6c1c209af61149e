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

/** Paths at which two JSON values differ (arrays by index, objects by key). */
export function differences(a: unknown, b: unknown, path = ''): Difference[] {
  if (Object.is(a, b)) return [];
  const bothObjects = typeof a === 'object' && a !== null && typeof b === 'object' && b !== null;
  if (!bothObjects || Array.isArray(a) !== Array.isArray(b)) return [{ path: path || '(scenario)', base: a, variant: b }];
  const join = (key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  if (Array.isArray(a) && Array.isArray(b)) {
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => differences(a[i], b[i], join(i))).flat();
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], join(k)));
}
