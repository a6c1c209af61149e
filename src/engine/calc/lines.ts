/**
 * Turns a target group's interventions into booked lines (semantics.md, "Costs", "Effects",
 * "What a person moved is worth"): each cost item, refund and outcome value component becomes
 * one line with a monthly profile per participant (or, for fixed costs, per scenario month).
 */
import { costProfile, isPerParticipant } from './costs';
import { effectProfile, windowProfile, type ResolvedDecay } from './effects';
import { constantPerMonth, derivedValue, type ValueComponent, type ValueContext } from './values';
import type { LineKind } from '../model/result';
import type { Amount, CostItem, Intervention, Outcome, TargetGroup } from '../model/scenario';

export interface DraftLine {
  id: string;
  kind: LineKind;
  label: string;
  path: string;
  targetGroup: string;
  intervention: string;
  ledger: string;
  department: string | null;
  category: string;
  /** Per participant over participant months, or absolute over scenario months. */
  profile: Float64Array;
  perParticipant: boolean;
  formula: string;
  amounts: Amount[];
}

export interface LineContext extends ValueContext {
  /** Evaluates a whole number of months ≥ 0 (or the default when absent). */
  months_(amount: Amount | undefined, path: string, fallback: number): number | null;
  share(amount: Amount, path: string, min: number, max: number): number | null;
  checkBooking(ledger: string, department: string | undefined, path: string): void;
  checkCategory(category: string, path: string): void;
}

export function targetGroupLines(group: TargetGroup, path: string, ctx: LineContext): DraftLine[] {
  const out: DraftLine[] = [];
  group.interventions.forEach((iv, i) => {
    const ivPath = `${path}.interventions[${i}]`;
    iv.costs.forEach((cost, c) => out.push(...costLines(group, iv, cost, `${ivPath}.costs[${c}]`, ctx)));
    iv.outcomes.forEach((outcome, o) => out.push(...outcomeLines(group, iv, outcome, `${ivPath}.outcomes[${o}]`, ctx)));
  });
  return out;
}

function costLines(group: TargetGroup, iv: Intervention, cost: CostItem, path: string, ctx: LineContext): DraftLine[] {
  ctx.checkBooking(cost.payer.ledger, cost.payer.department, `${path}.payer`);
  ctx.checkCategory(cost.category, `${path}.category`);
  const amount = ctx.evaluate(cost.amount, `${path}.amount`);
  const startMonth = ctx.months_(cost.startMonth, `${path}.startMonth`, 0);
  const durationMonths = ctx.months_(cost.durationMonths, `${path}.durationMonths`, ctx.months);
  let share = 0;
  if (cost.refund) {
    ctx.checkBooking(cost.refund.ledger, cost.refund.department, `${path}.refund`);
    share = ctx.share(cost.refund.share, `${path}.refund.share`, 0, 1) ?? 0;
  }
  if (amount === null || startMonth === null || durationMonths === null) return [];
  const perParticipant = isPerParticipant(cost.basis);
  const gross = costProfile({ basis: cost.basis, amount, startMonth, durationMonths }, ctx.months);
  const base = {
    path, targetGroup: group.id, intervention: iv.id, category: cost.category, perParticipant,
    amounts: [cost.amount, cost.startMonth ?? 0, cost.durationMonths ?? 0, cost.refund?.share ?? 0],
  };
  const window = cost.basis.endsWith('Once') ? `måned ${startMonth}` : `måned ${startMonth}–${startMonth + durationMonths - 1}`;
  const lines: DraftLine[] = [{
    ...base, id: `${path}:payer`, kind: 'cost', label: cost.label,
    ledger: cost.payer.ledger, department: cost.payer.department ?? null,
    profile: gross.map((v) => -v * (1 - share)),
    formula: `−${amount} kr. (${cost.basis})${share ? ` × (1 − ${share})` : ''}, ${window}`,
  }];
  if (cost.refund && share !== 0) {
    lines.push({
      ...base, id: `${path}:refund`, kind: 'refund', label: cost.refund.label ?? `${cost.label} (refusion)`,
      ledger: cost.refund.ledger, department: cost.refund.department ?? null,
      profile: gross.map((v) => -v * share),
      formula: `−${amount} kr. (${cost.basis}) × ${share}, ${window}`,
    });
  }
  return lines;
}

function outcomeLines(group: TargetGroup, iv: Intervention, outcome: Outcome, path: string, ctx: LineContext): DraftLine[] {
  const treated = ctx.share(outcome.treated, `${path}.treated`, 0, 1);
  const counterfactual = ctx.share(outcome.counterfactual, `${path}.counterfactual`, 0, 1);
  const startMonth = ctx.months_(outcome.startMonth, `${path}.startMonth`, 0);
  const rampMonths = ctx.months_(outcome.rampMonths, `${path}.rampMonths`, 0);
  const durationMonths = ctx.months_(outcome.durationMonths, `${path}.durationMonths`, ctx.months);
  const decay = resolveDecay(outcome, durationMonths ?? 0, `${path}.decay`, ctx);
  const values = outcomeValue(outcome, `${path}.value`, ctx);
  let lockIn: Float64Array | null = null;
  if (outcome.lockIn) {
    const share = ctx.share(outcome.lockIn.share, `${path}.lockIn.share`, -1, 1);
    const ls = ctx.months_(outcome.lockIn.startMonth, `${path}.lockIn.startMonth`, 0);
    const ld = ctx.months_(outcome.lockIn.durationMonths, `${path}.lockIn.durationMonths`, 0);
    if (share !== null && ls !== null && ld !== null) lockIn = windowProfile(share, ls, ld, ctx.months);
  }
  if (treated === null || counterfactual === null || startMonth === null || rampMonths === null
    || durationMonths === null || decay === null) return [];
  const delta = treated - counterfactual;
  const effect = effectProfile({ delta, startMonth, rampMonths, durationMonths, decay }, ctx.months);
  const amounts: Amount[] = [outcome.treated, outcome.counterfactual, outcome.startMonth, outcome.rampMonths ?? 0,
    outcome.durationMonths, ...(outcome.decay?.type === 'exponential' ? [outcome.decay.ratePerYear] : [])];
  const lines: DraftLine[] = [];
  values.forEach((value, v) => {
    const base = {
      path, targetGroup: group.id, intervention: iv.id, ledger: value.ledger, department: value.department,
      category: value.category, perParticipant: true,
    };
    lines.push({
      ...base, id: `${path}:effect:${v}`, kind: 'effect', label: `${outcome.label}: ${value.label}`,
      profile: effect.map((d, k) => d * value.perMonth[k]!),
      formula: `Δ = ${treated} − ${counterfactual} = ${round6(delta)}, måned ${startMonth}–${startMonth + durationMonths - 1} × ${value.formula}`,
      amounts: [...amounts, ...value.amounts],
    });
    if (lockIn) {
      lines.push({
        ...base, id: `${path}:lockIn:${v}`, kind: 'lockIn', label: `${outcome.label} (fastholdelse): ${value.label}`,
        profile: lockIn.map((d, k) => d * value.perMonth[k]!),
        formula: `fastholdelse ${outcome.lockIn!.share} × ${value.formula}`,
        amounts: [outcome.lockIn!.share, outcome.lockIn!.startMonth ?? 0, outcome.lockIn!.durationMonths, ...value.amounts],
      });
    }
  });
  return lines;
}

function resolveDecay(outcome: Outcome, durationMonths: number, path: string, ctx: LineContext): ResolvedDecay | null {
  const decay = outcome.decay ?? { type: 'none' };
  if (decay.type === 'none') return decay;
  if (decay.type === 'exponential') {
    const ratePerYear = ctx.share(decay.ratePerYear, `${path}.ratePerYear`, 0, 1);
    return ratePerYear === null ? null : { type: 'exponential', ratePerYear };
  }
  const monthsToZero = ctx.months_(decay.monthsToZero, `${path}.monthsToZero`, durationMonths);
  return monthsToZero === null ? null : { type: 'linear', monthsToZero };
}

function outcomeValue(outcome: Outcome, path: string, ctx: LineContext): ValueComponent[] {
  if (outcome.value.type === 'derived') return derivedValue(outcome.value.from, outcome.value.to, path, ctx);
  const out: ValueComponent[] = [];
  outcome.value.perPersonYear.forEach((line, i) => {
    const p = `${path}.perPersonYear[${i}]`;
    ctx.checkBooking(line.ledger, line.department, p);
    ctx.checkCategory(line.category, `${p}.category`);
    const amount = ctx.evaluate(line.amount, `${p}.amount`);
    if (amount === null) return;
    out.push({
      ledger: line.ledger, department: line.department ?? null, category: line.category,
      label: line.label ?? line.ledger, perMonth: constantPerMonth(amount / 12, ctx.months),
      formula: `${amount} kr./person-år ÷ 12`, amounts: [line.amount],
    });
  });
  return out;
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
