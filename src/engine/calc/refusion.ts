/**
 * The share of a benefit carried by the refunding ledger (docs/semantics.md, "Refusion staircase";
 * docs/financing-rules.md §1 and §3). Seniority is counted in weeks on public support: a person with `w`
 * completed weeks is in week w+1. A month spans 52/12 weeks and may straddle two steps, so its
 * share is the average of the step function over the weeks it covers.
 */
import { WEEKS_PER_MONTH } from '../constants';
import type { RefusionRule } from '../model/catalogue';

/** Share (0–1) carried by the refunding ledger in participant month `k`. */
export function refundShareInMonth(rule: RefusionRule, startingSeniorityWeeks: number, k: number): number {
  if (rule.type === 'flat') return rule.share;
  const weeks = WEEKS_PER_MONTH;
  const from = startingSeniorityWeeks + k * weeks;
  return integrateSteps(rule.steps, from, from + weeks) / weeks;
}

/** ∫ share(w) dw over completed weeks [from, to); step i covers [fromWeek_i − 1, fromWeek_{i+1} − 1). */
function integrateSteps(steps: { fromWeek: number; share: number }[], from: number, to: number): number {
  let total = 0;
  for (let i = 0; i < steps.length; i++) {
    const lo = Math.max(from, steps[i]!.fromWeek - 1);
    const hi = Math.min(to, i + 1 < steps.length ? steps[i + 1]!.fromWeek - 1 : Infinity);
    if (hi > lo) total += (hi - lo) * steps[i]!.share;
  }
  return total;
}
