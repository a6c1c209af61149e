/**
 * The choice within the frame (docs/portfolio.md §4): each case in or out, or one of its variants, so
 * that the pool never goes below zero and no year draws more than its limit, and the goal is best:
 * the largest NPV to the pool's ledger or to the public sector, or the earliest year from which the
 * pool stays whole (ties: the largest NPV to the pool's ledger; at least one case).
 * Two ways to the same answer: `enumerateChoices` tries every selection (the proof, and the naive
 * way for the benchmark); `chooseExact` states the problem as a 0/1 programme for a MIP solver.
 */
import { drawLimitIn, poolBalance, POOL_TOLERANCE, type PoolBalance } from './pool';
import type { CaseFlows, ChoiceGoal, Pool, PortfolioCase, Selection } from './model';

export interface ChoiceProblem {
  pool: Pool;
  /** Years from pool.firstYear that the balance is followed. */
  years: number;
  cases: PortfolioCase[];
  goal: ChoiceGoal;
  /** One limit left out: how the binding limits are found. */
  relax?: Limit;
}

/** One of the frame's limits: the pool's balance ≥ 0 at the end of a year, or a year's draw limit. */
export interface Limit {
  kind: 'pool' | 'yearly-limit';
  year: number;
}

/**
 * A limit that decides the choice: without it alone a better set would be chosen. `gain` is what the
 * goal would gain (kr. of NPV; for fastest-whole, years earlier, or else kr. of NPV at the same year).
 */
export interface BindingLimit extends Limit {
  gain: number;
  unit: 'kr' | 'years';
}

export interface Choice {
  selection: Selection;
  /**
   * The goal's measure: NPV (kr.) for the NPV goals; for fastest-whole the calendar year the pool stays
   * whole from (pool.firstYear + years when it is not whole within the years followed).
   */
  objective: number;
  /** NPV to the pool's ledger (the tie-break of fastest-whole). */
  npvLedger: number;
  balance: PoolBalance;
}

export interface ChoiceOutcome {
  best: Choice | null;
  /** The limits that decide the best set (empty when the goal alone decides it). */
  binding: BindingLimit[];
  /** The next best sets, best first, each differing from all before it. */
  runnersUp: Choice[];
}

/** A 0/1 programme in CPLEX LP format, solved by any MIP solver; values keyed by column name. */
export type MipSolver = (lp: string) => { status: 'optimal' | 'infeasible' | 'other'; values: Record<string, number> };

interface Column { name: string; c: number; option: number; flows: CaseFlows }

function columns(problem: ChoiceProblem): Column[] {
  return problem.cases.flatMap((kase, c) => kase.options.map((o, option) => ({ name: `x${c}_${option}`, c, option, flows: o.flows })));
}

function cumulative(values: number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

/** Net effect of a column on the closing balance of each year: Σ_{τ ≤ t} (repayment − draw). */
function balanceEffect(flows: CaseFlows, years: number): number[] {
  return cumulative(Array.from({ length: years }, (_, t) => (flows.repayment[t] ?? 0) - (flows.draw[t] ?? 0)));
}

function npvOf(flows: CaseFlows, goal: ChoiceGoal): number {
  return goal === 'public-npv' ? flows.npvPublic : flows.npvLedger;
}

/** First year index from which the balance stays whole (0 if never below). */
function wholeFromIndex(balance: PoolBalance, amount: number): number {
  let last = -1;
  balance.balance.forEach((b, t) => { if (b < amount - POOL_TOLERANCE) last = t; });
  return last + 1;
}

function describe(problem: ChoiceProblem, chosen: Column[]): Choice {
  const selection: Selection = Object.fromEntries(problem.cases.map((k) => [k.id, null]));
  for (const col of chosen) selection[problem.cases[col.c]!.id] = problem.cases[col.c]!.options[col.option]!.id;
  const balance = poolBalance(problem.pool, chosen.map((col) => col.flows), problem.years);
  const npvLedger = chosen.reduce((s, col) => s + col.flows.npvLedger, 0);
  const objective = problem.goal === 'fastest-whole'
    ? problem.pool.firstYear + wholeFromIndex(balance, problem.pool.amount)
    : chosen.reduce((s, col) => s + npvOf(col.flows, problem.goal), 0);
  return { selection, objective, npvLedger, balance };
}

const isRelaxed = (problem: ChoiceProblem, kind: Limit['kind'], year: number) => problem.relax?.kind === kind && problem.relax.year === year;

function feasible(problem: ChoiceProblem, b: PoolBalance): boolean {
  return b.overdrawnYears.every((year) => isRelaxed(problem, 'pool', year))
    && b.overLimitYears.every((year) => isRelaxed(problem, 'yearly-limit', year));
}

function limitsOf(problem: ChoiceProblem): Limit[] {
  return Array.from({ length: problem.years }, (_, t) => problem.pool.firstYear + t).flatMap((year) => [
    { kind: 'pool' as const, year },
    ...(Number.isFinite(drawLimitIn(problem.pool, year)) ? [{ kind: 'yearly-limit' as const, year }] : []),
  ]);
}

/** What the goal gains from b to a (positive: a is better). */
function gainOver(goal: ChoiceGoal, a: Choice, b: Choice): { gain: number; unit: 'kr' | 'years' } {
  if (goal !== 'fastest-whole') return { gain: a.objective - b.objective, unit: 'kr' };
  return a.objective !== b.objective ? { gain: b.objective - a.objective, unit: 'years' } : { gain: a.npvLedger - b.npvLedger, unit: 'kr' };
}

/** Each limit whose removal alone lets a better set be chosen, with what the goal would gain. */
function bindingLimits(problem: ChoiceProblem, best: Choice | null, bestOf: (p: ChoiceProblem) => Choice | null): BindingLimit[] {
  if (!best) return [];
  return limitsOf(problem).flatMap((limit) => {
    const relaxed = bestOf({ ...problem, relax: limit });
    return relaxed && better(problem.goal, relaxed, best) ? [{ ...limit, ...gainOver(problem.goal, relaxed, best) }] : [];
  });
}

/** True when a is better than b under the goal. */
function better(goal: ChoiceGoal, a: Choice, b: Choice): boolean {
  if (goal !== 'fastest-whole') return a.objective > b.objective + POOL_TOLERANCE;
  if (a.objective !== b.objective) return a.objective < b.objective;
  return a.npvLedger > b.npvLedger + POOL_TOLERANCE;
}

/** Every selection, the best `1 + runnersUp` feasible ones. Exponential: for proofs and small portfolios. */
export function enumerateChoices(problem: ChoiceProblem, runnersUp = 0): ChoiceOutcome {
  const ranked = enumerateRanked(problem);
  const best = ranked[0] ?? null;
  return { best, binding: bindingLimits(problem, best, (p) => enumerateRanked(p)[0] ?? null), runnersUp: ranked.slice(1, 1 + runnersUp) };
}

function enumerateRanked(problem: ChoiceProblem): Choice[] {
  const cols = columns(problem);
  const byCase = problem.cases.map((_, c) => cols.filter((col) => col.c === c));
  const ranked: Choice[] = [];
  const visit = (c: number, chosen: Column[]) => {
    if (c === problem.cases.length) {
      if (problem.goal === 'fastest-whole' && chosen.length === 0) return;
      const choice = describe(problem, chosen);
      if (!feasible(problem, choice.balance)) return;
      ranked.push(choice);
      return;
    }
    visit(c + 1, chosen);
    for (const col of byCase[c]!) visit(c + 1, [...chosen, col]);
  };
  visit(0, []);
  return ranked.sort((a, b) => (better(problem.goal, a, b) ? -1 : better(problem.goal, b, a) ? 1 : 0));
}

const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toPrecision(15));

function linear(terms: { coef: number; name: string }[]): string {
  const used = terms.filter((t) => t.coef !== 0);
  if (used.length === 0) return `0 ${terms[0]?.name ?? 'x'}`;
  return used.map((t, i) => `${t.coef < 0 ? '-' : i === 0 ? '' : '+'} ${num(Math.abs(t.coef))} ${t.name}`).join(' ');
}

/** The programme: maximise the goal's NPV subject to one option per case, the pool ≥ 0, yearly limits, cuts. */
export function choiceProgramme(problem: ChoiceProblem, cuts: Column[][], wholeFrom: number | null): string {
  const cols = columns(problem);
  const goal = problem.goal === 'fastest-whole' ? 'ledger-npv' : problem.goal;
  const rows: string[] = [];
  problem.cases.forEach((_, c) => {
    const own = cols.filter((col) => col.c === c);
    if (own.length > 0) rows.push(`one${c}: ${linear(own.map((col) => ({ coef: 1, name: col.name })))} <= 1`);
  });
  const effects = cols.map((col) => balanceEffect(col.flows, problem.years));
  for (let t = 0; t < problem.years; t++) {
    const year = problem.pool.firstYear + t;
    const terms = cols.map((col, i) => ({ coef: effects[i]![t]!, name: col.name }));
    if (!isRelaxed(problem, 'pool', year)) rows.push(`bal${t}: ${linear(terms)} >= ${num(-problem.pool.amount - POOL_TOLERANCE / 2)}`);
    const limit = drawLimitIn(problem.pool, year);
    if (Number.isFinite(limit) && !isRelaxed(problem, 'yearly-limit', year)) rows.push(`lim${t}: ${linear(cols.map((col) => ({ coef: col.flows.draw[t] ?? 0, name: col.name })))} <= ${num(limit + POOL_TOLERANCE / 2)}`);
    if (wholeFrom !== null && t >= wholeFrom) rows.push(`whole${t}: ${linear(terms)} >= ${num(-POOL_TOLERANCE / 2)}`);
  }
  if (wholeFrom !== null) rows.push(`some: ${linear(cols.map((col) => ({ coef: 1, name: col.name })))} >= 1`);
  cuts.forEach((set, k) => {
    const inSet = new Set(set.map((col) => col.name));
    rows.push(`cut${k}: ${linear(cols.map((col) => ({ coef: inSet.has(col.name) ? 1 : -1, name: col.name })))} <= ${set.length - 1}`);
  });
  const objective = linear(cols.map((col) => ({ coef: npvOf(col.flows, goal), name: col.name })));
  return ['Maximize', ` obj: ${objective}`, 'Subject To', ...rows.map((r) => ` ${r}`), 'Binary', ` ${cols.map((c) => c.name).join(' ')}`, 'End'].join('\n');
}

function solveOnce(problem: ChoiceProblem, solve: MipSolver, cuts: Column[][]): Column[] | null {
  const cols = columns(problem);
  if (cols.length === 0) return problem.goal === 'fastest-whole' ? null : [];
  const read = (wholeFrom: number | null) => {
    const result = solve(choiceProgramme(problem, cuts, wholeFrom));
    if (result.status !== 'optimal') return null;
    return cols.filter((col) => (result.values[col.name] ?? 0) > 0.5);
  };
  if (problem.goal !== 'fastest-whole') return read(null);
  // t = years: no year is whole, but a set is still chosen (the pool is not whole within the years shown).
  for (let t = 0; t <= problem.years; t++) {
    const chosen = read(t);
    if (chosen) return chosen;
  }
  return null;
}

/** The best set and `runnersUp` next best ones, each found by the MIP solver with the sets before it cut off. */
export function chooseExact(problem: ChoiceProblem, solve: MipSolver, runnersUp = 0): ChoiceOutcome {
  const found = solveRanked(problem, solve, 1 + runnersUp);
  const best = found[0] ?? null;
  return { best, binding: bindingLimits(problem, best, (p) => solveRanked(p, solve, 1)[0] ?? null), runnersUp: found.slice(1) };
}

function solveRanked(problem: ChoiceProblem, solve: MipSolver, count: number): Choice[] {
  const found: Choice[] = [];
  const cuts: Column[][] = [];
  while (found.length < count) {
    const chosen = solveOnce(problem, solve, cuts);
    if (!chosen) break;
    const choice = describe(problem, chosen);
    if (!feasible(problem, choice.balance)) break; // the solver's tolerance let through a set the balance refuses
    found.push(choice);
    cuts.push(chosen);
  }
  return found;
}
