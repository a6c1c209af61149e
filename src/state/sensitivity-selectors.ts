/**
 * Derivations for the sensitivity tab: the break-even solver ("what must be true"), the tornado of
 * the NPV with switching values, and the NPV under each discount preset. All the arithmetic is the
 * engine's (solveBreakEven, tornado, discountSweep); these only pick the inputs and memoise the
 * answers on the scenario object, so a view change or re-render never re-solves, and an edit does.
 */
import { discountSweep, solveBreakEven, tornado, type Model, type Scenario, type Tornado, type TornadoBar } from '../engine';
import type { AppState } from './app-store';
import { selectModel, selectRun, TOTAL_ID } from './selectors';

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
}

export function valueKind(unit: string | undefined): ValueKind {
  if (unit === 'share') return 'share';
  // The engine's own test for money (calc/pricing.ts isMoneyUnit): units start with DKK.
  return unit?.startsWith('DKK') ? 'money' : 'plain';
}

/** Memo: scenario → model → key → value. A new scenario object (every edit) starts afresh. */
function memo<T>(cache: WeakMap<Scenario, WeakMap<Model, Map<string, T>>>, scenario: Scenario, model: Model): Map<string, T> {
  let byModel = cache.get(scenario);
  if (!byModel) cache.set(scenario, (byModel = new WeakMap()));
  let byKey = byModel.get(model);
  if (!byKey) byModel.set(model, (byKey = new Map<string, T>()));
  return byKey;
}

const choiceCache = new WeakMap<Scenario, WeakMap<Model, Map<string, ParameterChoice[]>>>();

/** The scenario's parameters in file order, with their labels, kinds and current values (memoised). */
export function selectParameterChoices(state: State): ParameterChoice[] {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model) return NONE;
  const byKey = memo(choiceCache, scenario, model);
  let choices = byKey.get('');
  if (!choices) {
    const run = selectRun(state);
    const projection = run?.ok ? run.value : null;
    choices = Object.entries(scenario.parameters).map(([name, p]) => {
      const value = projection?.values[name];
      const factor = projection?.repriced[name]?.factor ?? 1;
      return {
        name, label: p.label ?? name, unit: p.unit, kind: valueKind(p.unit),
        current: value === undefined ? null : value / factor, hasUncertainty: Boolean(p.uncertainty),
      };
    });
    byKey.set('', choices);
  }
  return choices;
}
const NONE: ParameterChoice[] = [];

export interface BreakEvenQuery {
  parameter: string;
  /** A ledger id, or 'total'. */
  ledger: string;
  /** NPV = 0, or the cumulative (undiscounted) net at the end of `year` = 0: paid back within `year` years. */
  target: 'npv' | 'payback';
  year: number;
}

/** Why no value was found, so the panel can say it in Danish; the engine's own words are kept too. */
export type NotFoundKind = 'noSignChange' | 'jump' | 'cannotCompute';

export type BreakEvenAnswer =
  | { status: 'found'; value: number; range: [number, number] }
  | { status: 'notFound'; range: [number, number]; kind: NotFoundKind; reason: string }
  | { status: 'error'; message: string };

const solveCache = new WeakMap<Scenario, WeakMap<Model, Map<string, BreakEvenAnswer>>>();

/** The solver's answer to a query (memoised per scenario and query); null if nothing can be solved. */
export function selectBreakEven(state: State, query: BreakEvenQuery): BreakEvenAnswer | null {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model || !scenario.parameters[query.parameter]) return null;
  const byKey = memo(solveCache, scenario, model);
  const key = `${query.parameter}|${query.ledger}|${query.target}|${query.target === 'payback' ? query.year : ''}`;
  let answer = byKey.get(key);
  if (!answer) {
    const solved = solveBreakEven(scenario, model, query.target === 'npv'
      ? { parameter: query.parameter, ledger: query.ledger, metric: 'npv' }
      : { parameter: query.parameter, ledger: query.ledger, metric: 'cumulative', year: query.year });
    answer = !solved.ok
      ? { status: 'error', message: solved.errors.map((e) => `${e.path}: ${e.message}`).join('; ') }
      : solved.value.found
        ? { status: 'found', value: solved.value.value, range: solved.value.range }
        : { status: 'notFound', range: solved.value.range, kind: notFoundKind(solved.value.reason), reason: solved.value.reason };
    byKey.set(key, answer);
  }
  return answer;
}

/** Classifies the engine's reason (solver.ts words it in English); an unknown wording counts as no sign change. */
function notFoundKind(reason: string): NotFoundKind {
  if (reason.includes('cannot be computed')) return 'cannotCompute';
  if (reason.includes('jumps across zero')) return 'jump';
  return 'noSignChange';
}

export type TornadoRow = TornadoBar & { choice: ParameterChoice };
export interface TornadoView { ledger: string; baseNpv: number; rows: TornadoRow[] }
export type TornadoAnswer = { ok: true; value: TornadoView } | { ok: false; message: string };

const tornadoCache = new WeakMap<Scenario, WeakMap<Model, Map<string, TornadoAnswer>>>();

/** The tornado if it has been computed for this scenario and ledger, else undefined (cheap: no engine call). */
export function peekTornado(state: State, ledger: string): TornadoAnswer | undefined {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model) return undefined;
  return memo(tornadoCache, scenario, model).get(ledger);
}

/**
 * Computes (once per scenario and ledger) the tornado with switching values: one solve per
 * parameter, tens of milliseconds for the IPS case and a few hundred for a large portfolio, so the
 * panel calls it after painting rather than in render.
 */
export function computeTornado(state: State, ledger: string): TornadoAnswer | undefined {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model) return undefined;
  const byKey = memo(tornadoCache, scenario, model);
  let answer = byKey.get(ledger);
  if (!answer) {
    const result = tornado(scenario, model, ledger);
    const choices = new Map(selectParameterChoices(state).map((c) => [c.name, c]));
    answer = result.ok ? { ok: true, value: toView(result.value, choices) } : { ok: false, message: result.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
    byKey.set(ledger, answer);
  }
  return answer;
}

function toView(t: Tornado, choices: Map<string, ParameterChoice>): TornadoView {
  const fallback = (name: string): ParameterChoice => ({ name, label: name, unit: undefined, kind: 'plain', current: null, hasUncertainty: false });
  return { ledger: t.ledger, baseNpv: t.baseNpv, rows: t.bars.map((b) => ({ ...b, choice: choices.get(b.parameter) ?? fallback(b.parameter) })) };
}

export interface SweepView {
  /** The ledger ids in the model's order, then 'total'. */
  columns: string[];
  rows: { preset: string; label: string; npv: Record<string, number>; isScenarios: boolean }[];
  /** The scenario's own bands, when it uses no preset. */
  customBands: boolean;
}
export type SweepAnswer = { ok: true; value: SweepView } | { ok: false; message: string };

const sweepCache = new WeakMap<Scenario, WeakMap<Model, Map<string, SweepAnswer>>>();

/** NPV per ledger and in total under each of the model's discount presets (memoised). */
export function selectDiscountSweep(state: State): SweepAnswer | null {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model) return null;
  const byKey = memo(sweepCache, scenario, model);
  let answer = byKey.get('');
  if (!answer) {
    const result = discountSweep(scenario, model);
    if (!result.ok) {
      answer = { ok: false, message: result.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
    } else {
      const own = 'preset' in scenario.settings.discount ? scenario.settings.discount.preset : null;
      const booked = new Set(result.value.flatMap((r) => Object.keys(r.npv)));
      booked.delete(TOTAL_ID);
      const known = model.ledgers.map((l) => l.id).filter((id) => booked.has(id));
      const columns = [...known, ...[...booked].filter((id) => !known.includes(id)), TOTAL_ID];
      const rows = result.value.map((r) => ({ ...r, isScenarios: r.preset === own }));
      answer = { ok: true, value: { columns, rows, customBands: own === null } };
    }
    byKey.set('', answer);
  }
  return answer;
}
