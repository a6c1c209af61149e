/**
 * What the app and the command line show of a portfolio (docs/portfolio.md §3): for a selection, the
 * pool's balance, each case's draw and repayment, the departments' repayments per year, and the
 * combined figures per ledger: annual and cumulative net on the calendar, and the NPV discounted to
 * the pool's first year, each case with its own discount rates.
 */
import { poolBalance, type CaseFlows, type PoolBalance, type Selection } from '../engine';
import { poolDiscountFactors, type LoadedPortfolio } from './load-portfolio';

export interface LedgerOverview {
  annual: number[];
  cumulative: number[];
  npv: number;
  /** First calendar year from which the cumulative net stays ≥ 0; null if not within the years. */
  paybackYear: number | null;
}

export interface PortfolioOverview {
  selection: Selection;
  years: number[];
  balance: PoolBalance;
  cases: { id: string; label: string; option: string | null; optionLabel: string | null; draw: number[]; repayment: number[] }[];
  /** Keyed by department of the pool's ledger (`-` for none). */
  repaymentByDepartment: Record<string, number[]>;
  ledgers: Record<string, LedgerOverview>;
}

/** The file's own selection: each case's `selected`. */
export function fileSelection(portfolio: LoadedPortfolio): Selection {
  return Object.fromEntries(portfolio.cases.map((k) => [k.id, k.selected]));
}

export function portfolioOverview(portfolio: LoadedPortfolio, selection: Selection = fileSelection(portfolio)): PortfolioOverview {
  const { pool, years } = portfolio;
  const calendar = Array.from({ length: years }, (_, t) => pool.firstYear + t);
  const chosen: CaseFlows[] = [];
  const cases: PortfolioOverview['cases'] = [];
  const repaymentByDepartment: Record<string, number[]> = {};
  const annualByLedger: Record<string, number[]> = {};
  const npvByLedger: Record<string, number> = {};
  portfolio.cases.forEach((k, c) => {
    const optionId = selection[k.id] ?? null;
    const o = optionId === null ? -1 : k.options.findIndex((opt) => opt.id === optionId);
    const option = o < 0 ? null : k.options[o]!;
    const flows = o < 0 ? null : portfolio.choiceCases[c]!.options[o]!.flows;
    cases.push({
      id: k.id, label: k.label, option: option?.id ?? null, optionLabel: option?.label ?? null,
      draw: flows?.draw ?? calendar.map(() => 0), repayment: flows?.repayment ?? calendar.map(() => 0),
    });
    if (!option || !flows) return;
    chosen.push(flows);
    for (const [department, paid] of Object.entries(flows.repaymentByDepartment)) {
      const sum = (repaymentByDepartment[department] ??= calendar.map(() => 0));
      paid.forEach((p, t) => { sum[t]! += p; });
    }
    const offset = option.firstYear - pool.firstYear;
    const factors = poolDiscountFactors(option.scenario, k.model, years);
    for (const [ledger, series] of Object.entries(option.projection.ledgers)) {
      const sum = (annualByLedger[ledger] ??= calendar.map(() => 0));
      series.annual.forEach((v, y) => {
        if (y + offset >= years) return;
        sum[y + offset]! += v;
        npvByLedger[ledger] = (npvByLedger[ledger] ?? 0) + v * factors[y + offset]!;
      });
    }
  });
  const ledgers: Record<string, LedgerOverview> = {};
  for (const [ledger, annual] of Object.entries(annualByLedger)) {
    let sum = 0;
    const cumulative = annual.map((v) => (sum += v));
    let lastNegative = -1;
    cumulative.forEach((v, t) => { if (v < 0) lastNegative = t; });
    const paybackYear = lastNegative + 1 < years ? calendar[lastNegative + 1]! : null;
    ledgers[ledger] = { annual, cumulative, npv: npvByLedger[ledger] ?? 0, paybackYear };
  }
  return { selection, years: calendar, balance: poolBalance(pool, chosen, years), cases, repaymentByDepartment, ledgers };
}
