/**
 * Shared pieces of the invariant tests: the model, a runner that fails with the scenario, the
 * tolerances, scenario transformations, and an independent reference computation of costs.
 */
import { runScenario } from '../../src/engine';
import type { CostItem, Line, Model, Projection, Scenario } from '../../src/engine';
import { assembleModel } from '../../src/io/catalogues';
import { CATALOGUE } from './arbitraries';

/**
 * Two sums of the same flows in a different order agree to within this share of the flows'
 * absolute size (plus 1e-9 kr. so that zero compares with rounding noise).
 */
export const RELATIVE_TOLERANCE = 1e-9;
/** The solver's answer, put back in as the parameter's value, must give |NPV| below this (kr.). */
export const SOLVER_RESIDUAL_TOLERANCE_DKK = 1e-6;
/** fast-check runs per property: enough variety, and the whole folder stays within ~10 s. */
export const NUM_RUNS = 100;
export const SOLVER_NUM_RUNS = 100;

const assembled = assembleModel(CATALOGUE, undefined);
if (!assembled.ok) throw new Error(JSON.stringify(assembled.errors));
export const MODEL: Model = assembled.value.model;

export function run(s: Scenario, overrides?: Record<string, number>): Projection {
  const r = runScenario(s, MODEL, { overrides });
  if (!r.ok) throw new Error(`the engine refused a generated scenario: ${JSON.stringify(r.errors)}\n${JSON.stringify(s)}`);
  return r.value;
}

/** |a − b| within the tolerance, relative to `scale` (the absolute size of the flows compared). */
export function close(a: number, b: number, scale: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * (1 + Math.abs(scale));
}

/** Sum of the absolute annual flows of all lines: the size that rounding errors scale with. */
export function scaleOf(p: Projection): number {
  return p.lines.reduce((s, l) => s + l.annual.reduce((t, v) => t + Math.abs(v), 0), 0);
}

/** The cost item a line comes from, if any. */
export function costOf(s: Scenario, line: Line): CostItem | undefined {
  const m = /^targetGroups\[(\d+)\]\.interventions\[(\d+)\]\.costs\[(\d+)\]$/.exec(line.path);
  if (!m) return undefined;
  return s.targetGroups[Number(m[1])]!.interventions[Number(m[2])]!.costs[Number(m[3])];
}

/** Fixed costs run in scenario months and ignore cohorts; everything else is per participant. */
export function isFixed(s: Scenario, line: Line): boolean {
  return costOf(s, line)?.basis.startsWith('fixed') ?? false;
}

export function mapGroups(s: Scenario, f: (g: Scenario['targetGroups'][number]) => Scenario['targetGroups'][number]): Scenario {
  return { ...s, targetGroups: s.targetGroups.map(f) };
}

export function mapInterventions(
  s: Scenario, f: (iv: Scenario['targetGroups'][number]['interventions'][number]) => Scenario['targetGroups'][number]['interventions'][number],
): Scenario {
  return mapGroups(s, (g) => ({ ...g, interventions: g.interventions.map(f) }));
}

function amountValue(amount: CostItem['amount'], pCost: number): number {
  if (typeof amount === 'number') return amount;
  const known: Record<string, number> = { p_cost: pCost, 'p_cost / 2': pCost / 2, 'max(p_cost, 1000)': Math.max(pCost, 1000) };
  if (!(amount in known)) throw new Error(`the reference does not know '${amount}'`);
  return known[amount]!;
}

/**
 * Gross cost per year of every cost item, computed from docs/semantics.md without the engine:
 * per-participant bases per cohort month k = m − start, fixed bases per scenario month. In the
 * welfare view every cost here (all on public ledgers) is public spending at market prices: × NAF 1.28
 * (Finansministeriet 2023; docs/semantics.md §6, "The welfare view").
 */
export function referenceCostsByYear(s: Scenario): number[] {
  const naf = s.settings.perspective === 'welfare' ? 1.28 : 1;
  const years = s.settings.horizonYears;
  const months = years * 12;
  const pCost = Number(s.parameters.p_cost!.value);
  const out = new Array<number>(years).fill(0);
  const book = (m: number, v: number) => { if (m >= 0 && m < months) out[Math.floor(m / 12)]! += v; };
  for (const g of s.targetGroups) {
    for (const iv of g.interventions) {
      for (const c of iv.costs) {
        const amount = naf * amountValue(c.amount, pCost);
        const start = Number(c.startMonth ?? 0);
        const end = start + Number(c.durationMonths ?? months);
        const perMonth = c.basis === 'perParticipantPerMonth' ? amount : amount / 12;
        const once = c.basis.endsWith('Once');
        const flowAt = (k: number) => (once ? (k === start ? amount : 0) : k >= start && k < end ? perMonth : 0);
        if (c.basis.startsWith('fixed')) {
          for (let m = 0; m < months; m++) book(m, flowAt(m));
        } else {
          for (const cohort of g.cohorts) {
            const s0 = Number(cohort.startMonth);
            for (let m = s0; m < months; m++) book(m, Number(cohort.count) * flowAt(m - s0));
          }
        }
      }
    }
  }
  return out;
}
