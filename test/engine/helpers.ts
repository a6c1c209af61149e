/**
 * Small scenarios for the engine's unit tests: builders with the defaults a test does not care
 * about (one year, no discounting, budget perspective, start-of-year timing), and runners that
 * fail loudly, so a test states only what it checks.
 */
import { runScenario } from '../../src/engine';
import type {
  CostItem, EngineError, Model, ModelOverrides, Outcome, Projection, Scenario, Settings, TargetGroup,
} from '../../src/engine';
import { assembleModel } from '../../src/io/catalogues';

export const DK_MINIMAL = { id: 'dk-minimal', version: '0.1.0' };

/** The core catalogue (ledgers, categories, perspectives, discount presets), plus overrides. */
export function coreModel(overrides?: ModelOverrides): Model {
  const assembled = assembleModel(undefined, overrides);
  if (!assembled.ok) throw new Error(JSON.stringify(assembled.errors));
  return assembled.value.model;
}

/** Core + dk-minimal (benefit states, refusion rules, taxes), plus overrides. */
export function dkModel(overrides?: ModelOverrides): Model {
  const assembled = assembleModel(DK_MINIMAL, overrides);
  if (!assembled.ok) throw new Error(JSON.stringify(assembled.errors));
  return assembled.value.model;
}

export function cost(fields: Partial<CostItem> = {}): CostItem {
  return { label: 'Udgift', amount: 1200, basis: 'fixedOnce', payer: { ledger: 'kommune' }, category: 'intervention', ...fields };
}

/** An outcome of Δ = 1 from month 0 to the horizon, worth `perYear` kr. a person-year to `ledger`. */
export function outcome(fields: Partial<Outcome> = {}, perYear = 1200, ledger = 'stat'): Outcome {
  return {
    label: 'Job', state: 'job', treated: 1, counterfactual: 0, startMonth: 0, durationMonths: 1200,
    value: { type: 'direct', perPersonYear: [{ ledger, category: 'unspecified', amount: perYear }] },
    ...fields,
  };
}

export function group(fields: Partial<TargetGroup> & { costs?: CostItem[]; outcomes?: Outcome[] } = {}): TargetGroup {
  const { costs = [], outcomes = [], ...rest } = fields;
  return {
    id: 'g', label: 'Gruppe', cohorts: [{ count: 1, startMonth: 0 }],
    interventions: [{ id: 'iv', label: 'Indsats', costs, outcomes }],
    ...rest,
  };
}

export function scenario(
  groups: TargetGroup[], settings: Partial<Settings> = {}, rest: Partial<Scenario> = {},
): Scenario {
  return {
    title: 'Test',
    settings: { horizonYears: 1, perspective: 'budget', discount: { preset: 'none' }, discountTiming: 'start', ...settings },
    parameters: {},
    targetGroups: groups,
    ...rest,
  };
}

/** Runs and returns the projection; throws with the engine's errors if it refuses. */
export function project(s: Scenario, model: Model = coreModel(), overrides?: Record<string, number>): Projection {
  const run = runScenario(s, model, { overrides });
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  return run.value;
}

/** Runs and returns the errors; throws if the engine accepts the scenario. */
export function errorsOf(s: Scenario, model: Model = coreModel()): EngineError[] {
  const run = runScenario(s, model);
  if (run.ok) throw new Error('expected the engine to refuse the scenario');
  return run.errors;
}

/** Annual net of one line, found by its id suffix (`:payer`, `:refund`, `:effect:0` …). */
export function lineAnnual(p: Projection, idSuffix: string): number[] {
  const found = p.lines.filter((l) => l.id.endsWith(idSuffix));
  if (found.length !== 1) throw new Error(`expected one line ending '${idSuffix}', found ${found.length}`);
  return found[0]!.annual;
}

/** −0 and 0 are the same amount; toEqual tells them apart, so compare with −0 turned into 0. */
export function noNegativeZero(values: number[]): number[] {
  return values.map((v) => v + 0);
}
