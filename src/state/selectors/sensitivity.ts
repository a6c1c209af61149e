/**
 * Derivations for the sensitivity tab: the break-even solver ("what must be true"), the tornado of
 * the NPV with switching values, and the NPV under each discount preset. All the arithmetic is the
 * engine's (solveBreakEven, tornado, discountSweep); these only pick the inputs and memoise the
 * answers on the scenario object, so a view change or re-render never re-solves, and an edit does.
 */
import type { BreakEvenQuery, Scale } from '../slices/view-slice';
import { weakMapMemoize } from 'reselect';
import { discountSweep, solveBreakEven, tornado, unusedParameters, wholeValued, type EngineError, type Model, type NoSolution, type Projection, type Scenario, type Tornado, type TornadoBar } from '../../engine';
import type { AppState } from '../app-store';
import { fieldUnit, makeParameter, pathKey, uniqueName, type FieldPath } from '../edits';
import { selectModel, selectRun, TOTAL_ID } from './view';

type State = Pick<AppState, 'scenario'>;

/** How a parameter's value reads: a share in percent, money in kroner, anything else as a number. */
export type ValueKind = 'share' | 'money' | 'plain';

export interface ParameterChoice {
  name: string;
  label: string;
  unit: string | undefined;
  kind: ValueKind;
  /** The value in the parameter's own price year (what the file holds and the solver returns); null if it cannot be computed. */
  current: number | null;
  /** Whether its range in the tornado is its uncertainty's (else ±20 %). */
  hasUncertainty: boolean;
  /** Whole values only (months, persons): the solver answers the whole value that meets the target. */
  whole: boolean;
  /** Whether anything in the case reads it; an unused one is marked wherever it is offered. */
  used: boolean;
  /** For a number field of the case (not a parameter): its path (`targetGroups[0]…amount`), for its label in words. */
  path?: string;
}

/** The prefix of a field choice's name: `field:targetGroups[0].interventions[0].costs[0].amount`. */
export const FIELD_PREFIX = 'field:';
/** The fields whose numbers the solver can move (amounts, counts, months, shares). */
const NUMBER_FIELDS = new Set(['amount', 'count', 'startMonth', 'durationMonths', 'rampMonths', 'monthsToZero', 'treated', 'counterfactual', 'share', 'ratePerYear']);

/** The case's number fields (numbers typed straight in, not parameters), as break-even choices (memoised). */
export function selectFieldChoices(state: State): ParameterChoice[] {
  return state.scenario ? fieldChoicesOf(state.scenario) : NONE;
}

const fieldChoicesOf = weakMapMemoize((scenario: Scenario): ParameterChoice[] => {
  const out: ParameterChoice[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, [...path, i]));
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === 'number' && NUMBER_FIELDS.has(k)) {
          const at = [...path, k];
          const unit = fieldUnit(scenario, at);
          const key = pathKey(at);
          out.push({ name: `${FIELD_PREFIX}${key}`, label: key, unit, kind: valueKind(unit), current: v, hasUncertainty: false, whole: unit === 'months', used: true, path: key });
        } else walk(v, [...path, k]);
      }
    }
  };
  walk(scenario.targetGroups, ['targetGroups']);
  return out;
});

/** The path of a field choice (`field:…`), parsed back from the choices; undefined for a parameter. */
export function fieldPathOf(state: State, name: string): FieldPath | undefined {
  if (!name.startsWith(FIELD_PREFIX) || !state.scenario) return undefined;
  return fieldPaths(state.scenario).get(name);
}

const fieldPaths = weakMapMemoize((scenario: Scenario): Map<string, FieldPath> => {
  const out = new Map<string, FieldPath>();
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, [...path, i]));
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === 'number' && NUMBER_FIELDS.has(k)) out.set(`${FIELD_PREFIX}${pathKey([...path, k])}`, [...path, k]);
        else walk(v, [...path, k]);
      }
    }
  };
  walk(scenario.targetGroups, ['targetGroups']);
  return out;
});

export function valueKind(unit: string | undefined): ValueKind {
  if (unit === 'share') return 'share';
  // The engine's own test for money (calc/pricing.ts isMoneyUnit): units start with DKK.
  return unit?.startsWith('DKK') ? 'money' : 'plain';
}

// Every result is memoised with reselect's weakMapMemoize on the scenario and model objects (and the
// query's fields): a new scenario object (every edit) starts afresh.

/** The scenario's parameters in file order, with their labels, kinds and current values (memoised). */
export function selectParameterChoices(state: State): ParameterChoice[] {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model) return NONE;
  const run = selectRun(state);
  return choicesOf(scenario, model, run?.ok ? run.value : null);
}

const choicesOf = weakMapMemoize((scenario: Scenario, _model: Model, projection: Projection | null): ParameterChoice[] => {
  const unused = new Set(projection ? unusedParameters(scenario, projection) : []);
  return Object.entries(scenario.parameters).map(([name, p]) => {
    const value = projection?.values[name];
    const factor = projection?.repriced[name]?.factor ?? 1;
    const whole = wholeValued(scenario, name);
    // A parameter without a unit that a month field reads is in months (»10 måneder«).
    const unit = p.unit ?? (whole === 'months' ? 'months' : undefined);
    return {
      name, label: p.label ?? name, unit, kind: valueKind(unit),
      current: value === undefined ? null : value / factor, hasUncertainty: Boolean(p.uncertainty), whole: whole !== null,
      used: !unused.has(name),
    };
  });
});
const NONE: ParameterChoice[] = [];

/**
 * The parameters nothing in the case reads (memoised on the choices): every place that offers a
 * parameter — the tornado, break-even, the Monte Carlo list and the uncertainty fields, a variant's
 * assumptions — marks them, since moving one changes no figure.
 */
export function selectUnusedParameterNames(state: State): ReadonlySet<string> {
  return unusedOf(selectParameterChoices(state));
}
const unusedOf = weakMapMemoize((choices: ParameterChoice[]): ReadonlySet<string> => new Set(choices.filter((c) => !c.used).map((c) => c.name)));

export type { BreakEvenQuery } from '../slices/view-slice';

/** Why no value was found, so the panel can say it in Danish; the engine's own words are kept too. */
export type NotFoundKind = NoSolution['kind'];

export type BreakEvenAnswer =
  | { status: 'found'; value: number; range: [number, number] }
  | { status: 'notFound'; range: [number, number]; kind: NotFoundKind; reason: NoSolution }
  /** The engine's problems as facts (path and message); the panel words them (format/problem-text). */
  | { status: 'error'; errors: EngineError[] };

/** The solver's answer to a query (memoised per scenario and query); null if nothing can be solved. */
export function selectBreakEven(state: State, query: BreakEvenQuery): BreakEvenAnswer | null {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model) return null;
  const path = fieldPathOf(state, query.parameter);
  if (path) return breakEvenOfField(scenario, model, query.parameter, path, query.ledger, query.target, query.target === 'payback' ? query.year : 0);
  if (!scenario.parameters[query.parameter]) return null;
  return breakEvenOf(scenario, model, query.parameter, query.ledger, query.target, query.target === 'payback' ? query.year : 0);
}

const breakEvenOf = weakMapMemoize((
  scenario: Scenario, model: Model, parameter: string, ledger: string, target: BreakEvenQuery['target'], year: number,
): BreakEvenAnswer => {
  const whole = wholeValued(scenario, parameter) !== null;
  const solved = solveBreakEven(scenario, model, target === 'npv'
    ? { parameter, ledger, metric: 'npv', whole }
    : { parameter, ledger, metric: 'cumulative', year, whole });
  return !solved.ok
      ? { status: 'error', errors: solved.errors }
      : solved.value.found
        ? { status: 'found', value: solved.value.value, range: solved.value.range }
      : { status: 'notFound', range: solved.value.range, kind: solved.value.reason.kind, reason: solved.value.reason };
});


/** A field's break-even: the field made a parameter for the solve only (the case is not changed). */
const breakEvenOfField = weakMapMemoize((
  scenario: Scenario, model: Model, _name: string, path: FieldPath, ledger: string, target: BreakEvenQuery['target'], year: number,
): BreakEvenAnswer => {
  const solving = makeParameter(scenario as Parameters<typeof makeParameter>[0], path, '', 'solved_field') as Scenario;
  const parameter = Object.keys(solving.parameters).find((n) => !Object.hasOwn(scenario.parameters, n))!;
  const unit = fieldUnit(scenario, path);
  const value = solving.parameters[parameter]!.value as number;
  // The field has no min/max: months and counts from 0, shares in [0; 1], else the solver's span around it.
  const range: [number, number] | undefined = unit === 'share' ? [0, 1] : unit === 'months' || unit === 'persons' ? [0, Math.max(120, value * 10)] : undefined;
  const whole = unit === 'months' || unit === 'persons';
  const solved = solveBreakEven(solving, model, target === 'npv'
    ? { parameter, ledger, metric: 'npv', whole, ...(range ? { range } : {}) }
    : { parameter, ledger, metric: 'cumulative', year, whole, ...(range ? { range } : {}) });
  return !solved.ok
      ? { status: 'error', errors: solved.errors }
      : solved.value.found
        ? { status: 'found', value: solved.value.value, range: solved.value.range }
      : { status: 'notFound', range: solved.value.range, kind: solved.value.reason.kind, reason: solved.value.reason };
});

export type TornadoRow = TornadoBar & { choice: ParameterChoice };
/** The tornado's NPVs per participant or in total; an NPV per started participant is the one per participant (all have started by the horizon). */
export type TornadoScale = Exclude<Scale, 'perStarted'>;
const tornadoScale = (scale: Scale): TornadoScale => (scale === 'perStarted' ? 'perParticipant' : scale);
/** `scale`: the NPVs are per participant (as the key figures by default) or in total over all participants. */
export interface TornadoView { ledger: string; scale: TornadoScale; baseNpv: number; rows: TornadoRow[] }
export type TornadoAnswer = { ok: true; value: TornadoView } | { ok: false; message: string };

/** One slot per scenario, model, ledger, scale and whether the case's fields are included: filled by computeTornado, read by peekTornado. */
const tornadoSlot = weakMapMemoize((_scenario: Scenario, _model: Model, _ledger: string, _scale: TornadoScale, _fields: boolean): { answer?: TornadoAnswer } => ({}));

/** The tornado if it has been computed for this scenario, ledger and scale, else undefined (cheap: no engine call). */
export function peekTornado(state: State, ledger: string, scale: Scale = 'total', fields = false): TornadoAnswer | undefined {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model) return undefined;
  return tornadoSlot(scenario, model, ledger, tornadoScale(scale), fields).answer;
}

/**
 * The case with every number typed straight into a field of an intervention's costs and effects (not
 * zero) made a parameter of its own, so the tornado moves it ±20 % like a parameter without an
 * uncertainty; `fields` maps each new name to its field choice. Cohorts (who starts, and when) are
 * the case's frame, not an assumption to swing. Shares are kept in [0; 1] and months at 0 or more.
 */
const withFieldParameters = weakMapMemoize((scenario: Scenario): { scenario: Scenario; fields: Map<string, ParameterChoice> } => {
  const copy = structuredClone<Scenario>(scenario);
  const taken = new Set(Object.keys(scenario.parameters));
  const fields = new Map<string, ParameterChoice>();
  for (const [name, path] of fieldPaths(scenario)) {
    const choice = fieldChoicesOf(scenario).find((c) => c.name === name);
    if (!choice || !choice.current || !path.includes('interventions')) continue;
    const parameter = uniqueName('tornado_field', taken);
    taken.add(parameter);
    let node = copy as unknown as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path.at(-1)!] = parameter;
    const bounds = choice.unit === 'share' ? { min: 0, max: 1 } : choice.unit === 'months' || choice.unit === 'persons' ? { min: 0 } : {};
    copy.parameters[parameter] = { value: choice.current, ...(choice.unit ? { unit: choice.unit } : {}), ...bounds };
    fields.set(parameter, choice);
  }
  return { scenario: copy, fields };
});

/**
 * Computes (once per scenario and ledger) the tornado with switching values: one solve per
 * parameter, tens of milliseconds for the IPS case and a few hundred for a large portfolio, so the
 * panel calls it after painting rather than in render.
 */
export function computeTornado(state: State, ledger: string, scale: Scale = 'total', withFields = false): TornadoAnswer | undefined {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model) return undefined;
  const basis = tornadoScale(scale);
  const slot = tornadoSlot(scenario, model, ledger, basis, withFields);
  if (!slot.answer) {
    const augmented = withFields ? withFieldParameters(scenario) : null;
    const result = tornado(augmented?.scenario ?? scenario, model, ledger, { perParticipant: basis === 'perParticipant' });
    const choices = new Map(selectParameterChoices(state).map((c) => [c.name, c]));
    // A typed number that moves nothing does not matter: only the fields that move the NPV are shown.
    if (result.ok && augmented) {
      for (const [name, choice] of augmented.fields) choices.set(name, choice);
      // (Within rounding: a cohort's count moves an NPV per participant by 1e-10 kr.)
      const noise = 1e-9 * Math.max(1, Math.abs(result.value.baseNpv));
      result.value.bars = result.value.bars.filter((b) => !augmented.fields.has(b.parameter) || Math.abs((b.npvHigh ?? 0) - (b.npvLow ?? 0)) > noise);
    }
    slot.answer = result.ok ? { ok: true, value: toView(result.value, choices, basis) } : { ok: false, message: result.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
  }
  return slot.answer;
}

function toView(t: Tornado, choices: Map<string, ParameterChoice>, scale: TornadoScale): TornadoView {
  const fallback = (name: string): ParameterChoice => ({ name, label: name, unit: undefined, kind: 'plain', current: null, hasUncertainty: false, whole: false, used: true });
  return { ledger: t.ledger, scale, baseNpv: t.baseNpv, rows: t.bars.map((b) => ({ ...b, choice: choices.get(b.parameter) ?? fallback(b.parameter) })) };
}

export interface SweepView {
  /** The ledger ids in the model's order, then 'total'. */
  columns: string[];
  rows: { preset: string; label: string; npv: Record<string, number>; isScenarios: boolean }[];
  /** The scenario's own bands, when it uses no preset. */
  customBands: boolean;
}
export type SweepAnswer = { ok: true; value: SweepView } | { ok: false; message: string };

/** NPV per ledger and in total under each of the model's discount presets (memoised). */
export function selectDiscountSweep(state: State): SweepAnswer | null {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model) return null;
  return sweepOf(scenario, model);
}

const sweepOf = weakMapMemoize((scenario: Scenario, model: Model): SweepAnswer => {
  const result = discountSweep(scenario, model);
  if (!result.ok) return { ok: false, message: result.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
  const own = 'preset' in scenario.settings.discount ? scenario.settings.discount.preset : null;
  const booked = new Set(result.value.flatMap((r) => Object.keys(r.npv)));
  booked.delete(TOTAL_ID);
  const known = model.ledgers.map((l) => l.id).filter((id) => booked.has(id));
  const columns = [...known, ...[...booked].filter((id) => !known.includes(id)), TOTAL_ID];
  const rows = result.value.map((r) => ({ ...r, isScenarios: r.preset === own }));
  return { ok: true, value: { columns, rows, customBands: own === null } };
});
