/**
 * Renaming a parameter inside expressions: every amount field of the scenario that is an expression
 * is rewritten, so a rename keeps the case computing. Only whole names are replaced (`effekt` in
 * `effekt * 2`, not in `effekt_aar` or `x.effekt`).
 */

/** The fields of a scenario that hold amounts (numbers or expressions); labels and ids are never touched. */
const AMOUNT_KEYS = new Set([
  'value', 'count', 'startMonth', 'startingSeniorityWeeks', 'amount', 'durationMonths', 'share', 'treated',
  'counterfactual', 'rampMonths', 'ratePerYear', 'monthsToZero',
]);

export function renameInExpression(expression: string, from: string, to: string): string {
  return expression.replace(new RegExp(`(?<![A-Za-z0-9_.])${from}(?![A-Za-z0-9_])`, 'g'), to);
}

/** Rewrites names in every amount expression under `node` (a mutable draft or a fresh copy). */
export function renameInAmounts(node: unknown, renames: ReadonlyMap<string, string>): void {
  if (renames.size === 0 || node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (typeof value === 'string' && AMOUNT_KEYS.has(key)) {
      let next = value;
      for (const [from, to] of renames) next = renameInExpression(next, from, to);
      if (next !== value) record[key] = next;
    } else if (typeof value === 'object') {
      renameInAmounts(value, renames);
    }
  }
}
