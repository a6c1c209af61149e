/**
 * Uncertainty across the portfolio (docs/portfolio.md §5): one seeded generator; each draw samples
 * every uncertain parameter of every chosen case once, in a fixed order. A parameter the portfolio
 * declares shared (`sharedParameters`: the same quantity in several cases, e.g. a wage) is drawn once
 * and takes that value in every case that has it, with the uncertainty of the first case that states
 * it; any other parameter is the case's own, drawn for it alone even if another case uses the same
 * name. Then every chosen case is projected and the pool followed. Gives P(pool whole by the end of the budget
 * period), P(whole within the years followed) and a fan of the closing balance per year.
 */
import { compileScenario } from '../compile';
import { sampleUncertainty } from '../uncertainty/distributions';
import { createRandom } from '../uncertainty/random';
import { PERCENTILES } from '../uncertainty/monte-carlo';
import { percentileOfSorted } from '../uncertainty/statistics';
import { caseFlows, type IsBankable } from './case-flows';
import { poolBalance } from './pool';
import type { Model } from '../model/catalogue';
import type { EngineError } from '../model/result';
import type { Scenario, Uncertainty } from '../model/scenario';
import type { Pool } from './model';

export interface PortfolioMonteCarloCase {
  id: string;
  /** The chosen option's scenario as the pool computes it (budget perspective). */
  scenario: Scenario;
  model: Model;
  firstYear: number;
  isBankable: IsBankable;
  /** Discount factors per pool year (the case's rates from the pool's first year). */
  factors: readonly number[];
}

export interface PortfolioMonteCarloSummary {
  draws: number;
  failed: number;
  firstFailure: (EngineError & { caseId: string }) | null;
  /** The uncertain parameters (shared by name, else `case.name`), with the ids of the cases that use each. */
  parameters: { name: string; cases: string[] }[];
  probabilityWholeInPeriod: number;
  probabilityWholeWithinYears: number;
  /** Per year: closing balance at the 5th, 25th, 50th, 75th and 95th percentile. */
  fan: number[][];
  years: number[];
}

export function portfolioMonteCarlo(
  cases: PortfolioMonteCarloCase[], pool: Pool, years: number, draws: number, seed: number | string,
  sharedParameters: readonly string[] = [],
): PortfolioMonteCarloSummary {
  const sharedNames = new Set(sharedParameters);
  const keyOf = (caseId: string, name: string) => (sharedNames.has(name) ? name : `${caseId}.${name}`);
  const shared = new Map<string, { uncertainty: Uncertainty; cases: string[] }>();
  for (const k of cases) {
    for (const [name, p] of Object.entries(k.scenario.parameters)) {
      if (!p.uncertainty) continue;
      const key = keyOf(k.id, name);
      const entry = shared.get(key);
      if (entry) entry.cases.push(k.id);
      else shared.set(key, { uncertainty: p.uncertainty, cases: [k.id] });
    }
  }
  const names = [...shared.keys()];
  // Each case compiled once for all draws (compile.ts): the same figures as runScenario, fewer evaluations.
  const compiled = cases.map((k) => compileScenario(k.scenario, k.model));
  const random = createRandom(seed);
  const planned = Math.max(0, Math.floor(draws));
  const balances = Array.from({ length: years }, () => new Float64Array(planned));
  const lastPeriodYear = pool.firstYear + pool.periodYears - 1;
  let kept = 0, failed = 0, inPeriod = 0, within = 0;
  let firstFailure: PortfolioMonteCarloSummary['firstFailure'] = null;
  for (let d = 0; d < planned; d++) {
    const sample: Record<string, number> = Object.create(null) as Record<string, number>;
    for (const name of names) sample[name] = sampleUncertainty(shared.get(name)!.uncertainty, random);
    const flows = [];
    let error: PortfolioMonteCarloSummary['firstFailure'] = null;
    for (const [i, k] of cases.entries()) {
      const overrides: Record<string, number> = {};
      for (const name of Object.keys(k.scenario.parameters)) {
        const v = sample[keyOf(k.id, name)];
        if (v !== undefined) overrides[name] = v;
      }
      const run = compiled[i]!.run(overrides);
      if (!run.ok) { error = { ...run.errors[0]!, caseId: k.id }; break; }
      flows.push(caseFlows(run.value, k.firstYear, pool, years, k.isBankable, k.factors));
    }
    if (error) { failed++; firstFailure ??= error; continue; }
    const b = poolBalance(pool, flows, years);
    b.balance.forEach((v, t) => { balances[t]![kept] = v; });
    const wholeBy = b.neverDrawn ? pool.firstYear : b.wholeAgainYear;
    if (wholeBy !== null && wholeBy <= lastPeriodYear) inPeriod++;
    if (wholeBy !== null) within++;
    kept++;
  }
  const fan = balances.map((values) => {
    const sorted = values.slice(0, kept).sort();
    return PERCENTILES.map((p) => percentileOfSorted(sorted, p));
  });
  return {
    draws: kept, failed, firstFailure,
    parameters: names.map((name) => ({ name, cases: shared.get(name)!.cases })),
    probabilityWholeInPeriod: kept ? inPeriod / kept : NaN,
    probabilityWholeWithinYears: kept ? within / kept : NaN,
    fan, years: Array.from({ length: years }, (_, t) => pool.firstYear + t),
  };
}
