/**
 * An investment pool (investeringspulje) across cases (docs/portfolio.md): a sum set aside for the
 * budget period; each chosen case draws its costs on the pool's ledger from it, and a share of the
 * gains its departments can actually give back (kan hjemtages) is paid back into it every year.
 */

/** The pool as the portfolio file states it, in calendar years. */
export interface Pool {
  /** The sum set aside (kr.). */
  amount: number;
  /** The ledger that pays and gets repaid (usually the kommune). */
  ledger: string;
  /** Budget year the pool opens. */
  firstYear: number;
  /** Years of the budget period (budget year and overslagsår). */
  periodYears: number;
  /** Most the cases may draw in one year, per calendar year; years not listed are unlimited. */
  yearlyDrawLimits?: { year: number; amount: number }[];
  /** Share of the bankable gains returned to the pool: one share, or per calendar year (later years keep the last). */
  repaymentShare: number | { year: number; share: number }[];
}

/** What a case (in one of its options: baseline or a variant) does to the pool, per calendar year. */
export interface CaseFlows {
  /** The pool's calendar years, index 0 = pool.firstYear. */
  draw: number[];
  repayment: number[];
  /** Repayment per department of the pool's ledger (`-` for none), per calendar year. */
  repaymentByDepartment: Record<string, number[]>;
  /** NPV for the pool's ledger and for the public sector (all ledgers of the perspective). */
  npvLedger: number;
  npvPublic: number;
}

export interface CaseOption {
  /** 'baseline' or the variant's id. */
  id: string;
  label: string;
  flows: CaseFlows;
}

export interface PortfolioCase {
  id: string;
  label: string;
  options: CaseOption[];
}

/** What the choice maximises: the NPV to the pool's ledger, to the public sector, or the earliest whole pool. */
export type ChoiceGoal = 'ledger-npv' | 'public-npv' | 'fastest-whole';

/** A selection: per case the chosen option's id, or null when the case is left out. */
export type Selection = Record<string, string | null>;
