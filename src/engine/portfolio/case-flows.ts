/**
 * A case's draw on and repayment to the pool (docs/portfolio.md §2), from its projection:
 * draw(t) = −(cost and refund lines booked to the pool's ledger in year t);
 * repayment(t) = Σ over the ledger's departments of share(t) × max(0, bankable gains of the department in t).
 * A department whose bankable net is negative in a year pays nothing back that year (it cannot give
 * back what it did not save); the pool never pays out for it either.
 * The NPVs are discounted to the pool's first year with the case's own discount rates, so a case that
 * starts later is worth less today: NPV = Σ_t net(t) × factor(t), t the pool's years.
 */
import { NO_DEPARTMENT } from '../constants';
import type { Projection } from '../model/result';
import type { CaseFlows, Pool } from './model';

/** Whether a line's gain can be taken back from a budget (hjemtages), by its scenario path. */
export type IsBankable = (line: Projection['lines'][number]) => boolean;

export function repaymentShareIn(pool: Pool, calendarYear: number): number {
  const share = pool.repaymentShare;
  if (typeof share === 'number') return share;
  let current = 0;
  for (const step of [...share].sort((a, b) => a.year - b.year)) if (step.year <= calendarYear) current = step.share;
  return current;
}

/** The case's flows over the pool's years `pool.firstYear … pool.firstYear + years − 1`. */
export function caseFlows(
  projection: Projection, caseFirstYear: number, pool: Pool, years: number, isBankable: IsBankable, factors: readonly number[],
): CaseFlows {
  const draw = new Array<number>(years).fill(0);
  const byDepartment: Record<string, number[]> = {};
  const offset = caseFirstYear - pool.firstYear;
  for (const line of projection.lines) {
    if (line.ledger !== pool.ledger) continue;
    const isCost = line.kind === 'cost' || line.kind === 'refund';
    if (!isCost && !isBankable(line)) continue;
    const department = line.department ?? NO_DEPARTMENT;
    const gains = isCost ? null : (byDepartment[department] ??= new Array<number>(years).fill(0));
    line.annual.forEach((amount, y) => {
      const t = y + offset;
      if (t < 0 || t >= years) return;
      if (gains) gains[t]! += amount;
      else draw[t]! -= amount;
    });
  }
  const repaymentByDepartment: Record<string, number[]> = {};
  const repayment = new Array<number>(years).fill(0);
  for (const [department, gains] of Object.entries(byDepartment)) {
    const paid = gains.map((g, t) => repaymentShareIn(pool, pool.firstYear + t) * Math.max(0, g));
    repaymentByDepartment[department] = paid;
    paid.forEach((p, t) => { repayment[t]! += p; });
  }
  const npvAtPoolStart = (annual: readonly number[] | undefined) =>
    (annual ?? []).reduce((sum, v, y) => (y + offset < years ? sum + v * (factors[y + offset] ?? 0) : sum), 0);
  return {
    draw, repayment, repaymentByDepartment,
    npvLedger: npvAtPoolStart(projection.ledgers[pool.ledger]?.annual), npvPublic: npvAtPoolStart(projection.total.annual),
  };
}
