/**
 * What the line builders (calc/lines.ts) read a run through: the scope's evaluations with the
 * checks of a field (whole months, ranges, known ledgers and categories), and a target group's
 * cohorts resolved to counts by start month. Used by the projection (project.ts) and by the lean
 * Monte Carlo draws (compile-draws.ts), so both evaluate and check exactly alike.
 */
import { INTEGER_TOLERANCE, MONTHS_PER_YEAR } from './constants';
import type { ResolvedCohort } from './calc/aggregate';
import type { Allocate } from './calc/arena';
import type { LineContext } from './calc/lines';
import type { OptimismApplier } from './confidence/optimism';
import { evaluateAmount, type Scope } from './scope';
import type { Model } from './model/catalogue';
import type { WelfareFactors } from './calc/value-types';
import type { Amount, PublicFinanceSetting, TargetGroup } from './model/scenario';

export function lineContext(
  model: Model, scope: Scope, months: number, fail: (path: string, message: string) => void, refusionOverride: string | undefined,
  alloc: Allocate, optimism: OptimismApplier, publicFinance: PublicFinanceSetting, rulesYear: number | undefined,
  welfare: WelfareFactors | null,
): LineContext {
  const evaluate = (amount: Amount, path: string) => evaluateAmount(amount, path, scope);
  const ledgerIds = new Set(model.ledgers.map((l) => l.id));
  const categoryIds = new Set(model.categories.map((c) => c.id));
  return {
    model, months, startingSeniorityWeeks: 0, refusionOverride, publicFinance, rulesYear, derivedCache: new Map(), alloc, evaluate, fail, optimism,
    welfare,
    wholeMonths(amount, path, fallback) {
      if (amount === undefined) return fallback;
      const value = evaluate(amount, path);
      if (value === null) return null;
      const whole = Math.round(value);
      // A number typed into a month field must be whole; an expression's result is rounded to the
      // nearest month, so sensitivity and Monte Carlo can vary the parameters behind it.
      if ((typeof amount === 'number' && Math.abs(value - whole) > INTEGER_TOLERANCE) || whole < 0) {
        fail(path, `expected a whole number of months, 0 or more, got ${value}`);
        return null;
      }
      return whole;
    },
    inRange(amount, path, min, max) {
      const value = evaluate(amount, path);
      if (value === null) return null;
      if (value < min || value > max) {
        fail(path, max === Infinity ? `expected ${min} or more, got ${value}` : `expected a value from ${min} to ${max}, got ${value}`);
        return null;
      }
      return value;
    },
    checkBooking(ledger, department, path) {
      const found = model.ledgers.find((l) => l.id === ledger);
      if (!found) {
        fail(`${path}.ledger`, `unknown ledger '${ledger}' (known: ${[...ledgerIds].join(', ')})`);
      } else if (department !== undefined && !found.departments?.some((d) => d.id === department)) {
        fail(`${path}.department`, `unknown department '${department}' of ${ledger} (known: ${(found.departments ?? []).map((d) => d.id).join(', ') || 'none'})`);
      }
    },
    checkCategory(category, path) {
      if (!categoryIds.has(category)) fail(path, `unknown category '${category}' (known: ${[...categoryIds].join(', ')})`);
    },
  };
}

/**
 * A group's cohorts with their counts and start months evaluated; cohorts that start in the same
 * month are booked as one (their counts summed): every line is spread over the distinct start
 * months, so 100,000 cohorts cost no more than the horizon's months. `startedInYear`, when given,
 * gets each year's starters added.
 */
export function resolveCohorts(
  group: TargetGroup, path: string, ctx: LineContext, startedInYear?: number[],
): { cohorts: ResolvedCohort[]; started: number } {
  const cohorts: ResolvedCohort[] = [];
  const byStart = new Map<number, ResolvedCohort>();
  let started = 0;
  group.cohorts.forEach((cohort, c) => {
    const count = ctx.inRange(cohort.count, `${path}.cohorts[${c}].count`, 0, Infinity);
    const startMonth = ctx.wholeMonths(cohort.startMonth, `${path}.cohorts[${c}].startMonth`, 0);
    if (count === null || startMonth === null || startMonth >= ctx.months) return;
    started += count;
    if (startedInYear) {
      const y = Math.floor(startMonth / MONTHS_PER_YEAR);
      if (y < startedInYear.length) startedInYear[y]! += count;
    }
    const same = byStart.get(startMonth);
    if (same) same.count += count;
    else byStart.set(startMonth, cohorts[cohorts.push({ count, startMonth }) - 1]!);
  });
  return { cohorts, started };
}
