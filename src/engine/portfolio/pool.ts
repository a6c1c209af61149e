/**
 * The pool's balance year by year (docs/portfolio.md §3): B(0) = amount before the budget year;
 * B(t) = B(t−1) − Σ draws(t) + Σ repayments(t), each year's flows taken as one sum at its end.
 * The pool is whole again from the year after its last year below the amount set aside: from then on
 * its closing balance stays at or above that amount for every year shown.
 */
import type { CaseFlows, Pool } from './model';

/** Balances within a krone of a limit count as at the limit. */
export const POOL_TOLERANCE = 0.5;

export interface PoolBalance {
  years: number[];
  draws: number[];
  repayments: number[];
  /** Closing balance per year. */
  balance: number[];
  /** Calendar year from which the pool stays whole; null if it is not whole again within the years shown, or never drawn. */
  wholeAgainYear: number | null;
  /** True when the balance never falls below the amount (nothing drawn, or repaid within each year). */
  neverDrawn: boolean;
  /** Years whose closing balance is negative: the pool cannot pay for the set. */
  overdrawnYears: number[];
  /** Years whose draws exceed the year's limit. */
  overLimitYears: number[];
}

export function drawLimitIn(pool: Pool, calendarYear: number): number {
  return pool.yearlyDrawLimits?.find((l) => l.year === calendarYear)?.amount ?? Infinity;
}

export function poolBalance(pool: Pool, chosen: readonly CaseFlows[], years: number): PoolBalance {
  const calendar = Array.from({ length: years }, (_, t) => pool.firstYear + t);
  const sum = (pick: (f: CaseFlows) => number[]) => calendar.map((_, t) => chosen.reduce((s, f) => s + (pick(f)[t] ?? 0), 0));
  const draws = sum((f) => f.draw);
  const repayments = sum((f) => f.repayment);
  const balance: number[] = [];
  let running = pool.amount;
  let lastBelow = -1;
  calendar.forEach((_, t) => {
    running += repayments[t]! - draws[t]!;
    balance.push(running);
    if (running < pool.amount - POOL_TOLERANCE) lastBelow = t;
  });
  const neverDrawn = lastBelow < 0;
  const wholeAgainYear = !neverDrawn && lastBelow + 1 < years ? calendar[lastBelow + 1]! : null;
  return {
    years: calendar, draws, repayments, balance, wholeAgainYear, neverDrawn,
    overdrawnYears: calendar.filter((_, t) => balance[t]! < -POOL_TOLERANCE),
    overLimitYears: calendar.filter((year, t) => draws[t]! > drawLimitIn(pool, year) + POOL_TOLERANCE),
  };
}
