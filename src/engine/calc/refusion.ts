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

/**
 * refundShareInMonth for participant months 0, 1, … out.length − 1, written into `out`. The months
 * move forward through the staircase, so each month only visits the steps its weeks can overlap
 * (a step that ended before this month's first week ends before every later month's too); the
 * steps it skips add nothing, so every share is the same sum, bit for bit.
 */
export function refundSharesInto(rule: RefusionRule, startingSeniorityWeeks: number, out: Float64Array): void {
  if (rule.type === 'flat') {
    out.fill(rule.share);
    return;
  }
  const steps = rule.steps;
  // The catalogue schema does not require the steps in order; out of order, each month visits them all.
  if (!ascending(steps)) {
    for (let k = 0; k < out.length; k++) out[k] = refundShareInMonth(rule, startingSeniorityWeeks, k);
    return;
  }
  const weeks = WEEKS_PER_MONTH;
  let first = 0;
  for (let k = 0; k < out.length; k++) {
    const from = startingSeniorityWeeks + k * weeks;
    const to = from + weeks;
    while (first + 1 < steps.length && steps[first + 1]!.fromWeek - 1 <= from) first++;
    let total = 0;
    for (let i = first; i < steps.length && steps[i]!.fromWeek - 1 < to; i++) {
      const lo = Math.max(from, steps[i]!.fromWeek - 1);
      const hi = Math.min(to, i + 1 < steps.length ? steps[i + 1]!.fromWeek - 1 : Infinity);
      if (hi > lo) total += (hi - lo) * steps[i]!.share;
    }
    out[k] = total / weeks;
  }
}

function ascending(steps: { fromWeek: number }[]): boolean {
  for (let i = 1; i < steps.length; i++) if (!(steps[i]!.fromWeek >= steps[i - 1]!.fromWeek)) return false;
  return true;
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
