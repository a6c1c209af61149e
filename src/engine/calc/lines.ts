/**
 * Turns a target group's interventions into booked lines (docs/semantics.md, "Costs", "Effects",
 * "What a person moved is worth"): each cost item, refund and outcome value component becomes
 * one line with a monthly profile per participant (or, for fixed costs, per scenario month).
 */
import { costProfile, isPerParticipant } from './costs';
import { effectProfile, type ResolvedDecay } from './effects';
import { multiplyProfile, scaleProfile, windowOf, type Profile } from './profile';
import { derivedValue, type ValueComponent, type ValueContext, type WelfareFactors } from './values';
import type { GradeRef, OptimismApplier } from '../confidence/optimism';
import type { LineFormula, LineLabel, MonthWindow, OptimismFactor } from '../model/line-text';
import type { LineKind } from '../model/result';
import type { Amount, CostItem, Intervention, Outcome, TargetGroup } from '../model/scenario';

/** Where a line comes from; shared by all lines of one cost item or outcome. */
export interface LineOrigin {
  path: string;
  targetGroup: string;
  intervention: string;
}

export type LineInputs = [Amount[]] | [Amount[], Amount[]];

export interface DraftLine {
  id: string;
  kind: LineKind;
  label: LineLabel;
  origin: LineOrigin;
  ledger: string;
  department: string | null;
  category: string;
  /** Per participant over participant months, or absolute over scenario months. */
  profile: Profile;
  perParticipant: boolean;
  formula: LineFormula;
  /** The amounts behind the line, in (at most two) lists shared between lines, for dependency tracking. */
  inputs: LineInputs;
  /** A cost marked as a transfer to a private party (CostItem.welfare): the welfare view counts it 0. */
  transfer?: true;
}

export interface LineContext extends ValueContext {
  /** Evaluates months ≥ 0: a number must be whole, an expression is rounded (the default when absent). */
  wholeMonths(amount: Amount | undefined, path: string, fallback: number): number | null;
  /** Evaluates a number within [min, max]: shares, but also counts and weeks of seniority. */
  inRange(amount: Amount, path: string, min: number, max: number): number | null;
  checkBooking(ledger: string, department: string | undefined, path: string): void;
  /** `field`, when given, is appended to the path (`path.field`) only if the category is unknown. */
  checkCategory(category: string, path: string, field?: string): void;
  /** The optimism correction by confidence grade (a no-op when the setting is off). */
  optimism: OptimismApplier;
}

export function targetGroupLines(group: TargetGroup, path: string, ctx: LineContext): DraftLine[] {
  const out: DraftLine[] = [];
  group.interventions.forEach((iv, i) => {
    const ivPath = `${path}.interventions[${i}]`;
    iv.costs.forEach((cost, c) => out.push(...costLines(group, iv, cost, `${ivPath}.costs[${c}]`, ctx)));
    iv.outcomes.forEach((outcome, o) => out.push(...outcomeLines(group, iv, outcome, `${ivPath}.outcomes[${o}]`, ctx)));
  });
  return ctx.welfare ? welfareLines(out, ctx.welfare, ctx) : out;
}

/** The lines of one cost item, as targetGroupLines books them (re-valued in the welfare view). */
export function costItemLines(group: TargetGroup, iv: Intervention, cost: CostItem, path: string, ctx: LineContext): DraftLine[] {
  const lines = costLines(group, iv, cost, path, ctx);
  return ctx.welfare ? welfareLines(lines, ctx.welfare, ctx) : lines;
}

/** The lines of one outcome, as targetGroupLines books them (re-valued in the welfare view). */
export function outcomeItemLines(group: TargetGroup, iv: Intervention, outcome: Outcome, path: string, ctx: LineContext): DraftLine[] {
  const lines = outcomeLines(group, iv, outcome, path, ctx);
  return ctx.welfare ? welfareLines(lines, ctx.welfare, ctx) : lines;
}

/**
 * The welfare view (docs/semantics.md, "The welfare view"). Benefits and taxes are transfers: the
 * perspective does not count their categories, so they net to 0 for society. Public spending (every
 * counted line on a public ledger: the intervention cost, saved public services) is re-valued from
 * factor to market prices (× NAF); production is not: a wage gained is already × NAF, and a production
 * value the case gives directly is taken as given. The lines on public ledgers other than production,
 * transfers included, are the net public budget effect: each adds the tax distortion (SFF − 1) × its
 * flow to society (none at SFF 1). A cost marked as a transfer to a private party (an employer wage
 * subsidy) is × 0: the firm's gain offsets the public purse's loss; its distortion stays.
 */
function welfareLines(lines: DraftLine[], w: WelfareFactors, ctx: LineContext): DraftLine[] {
  const out: DraftLine[] = [];
  const distortion = w.distortionFactor - 1;
  let booksToSociety = false;
  for (const line of lines) {
    // Production (a wage × NAF, or a production value the case gives directly) is never re-priced.
    const production = line.category === w.productionCategory;
    const isPublic = w.publicLedgers.has(line.ledger);
    if (distortion !== 0 && isPublic && !production) {
      booksToSociety = true;
      out.push({
        ...line, id: `${line.id}:distortion`, ledger: w.ledger, department: null, category: w.distortionCategory,
        profile: scaleProfile(line.profile, distortion, ctx.alloc), formula: { ...line.formula, welfare: { kind: 'distortion', factor: round6(distortion) } },
      });
    }
    if (line.formula.kind !== 'cost' && line.formula.value.kind === 'production') booksToSociety = true;
    if (line.transfer) {
      const values = ctx.alloc(line.profile.values.length);
      values.fill(0);
      out.push({ ...line, profile: { from: line.profile.from, values }, formula: { ...line.formula, welfare: { kind: 'transfer', factor: 0 } } });
    } else if (production || !isPublic || !w.counted.has(line.category)) {
      out.push(line);
    } else {
      out.push({
        ...line, profile: scaleProfile(line.profile, w.netTaxFactor, ctx.alloc),
        formula: { ...line.formula, welfare: { kind: 'market', factor: round6(w.netTaxFactor) } },
      });
    }
  }
  if (booksToSociety) ctx.checkBooking(w.ledger, undefined, 'model.socioeconomic');
  return out;
}

function costLines(group: TargetGroup, iv: Intervention, cost: CostItem, path: string, ctx: LineContext): DraftLine[] {
  ctx.checkBooking(cost.payer.ledger, cost.payer.department, `${path}.payer`);
  ctx.checkCategory(cost.category, `${path}.category`);
  const amount = ctx.evaluate(cost.amount, `${path}.amount`);
  const startMonth = ctx.wholeMonths(cost.startMonth, `${path}.startMonth`, 0);
  const durationMonths = ctx.wholeMonths(cost.durationMonths, `${path}.durationMonths`, ctx.months);
  let share = 0;
  if (cost.refund) {
    ctx.checkBooking(cost.refund.ledger, cost.refund.department, `${path}.refund`);
    share = ctx.inRange(cost.refund.share, `${path}.refund.share`, 0, 1) ?? 0;
  }
  if (amount === null || startMonth === null || durationMonths === null) return [];
  const perParticipant = isPerParticipant(cost.basis);
  const gross = costProfile({ basis: cost.basis, amount, startMonth, durationMonths }, ctx.months, ctx.alloc);
  const origin: LineOrigin = { path, targetGroup: group.id, intervention: iv.id };
  const inputs: LineInputs = [[cost.amount, cost.startMonth ?? 0, cost.durationMonths ?? 0, cost.refund?.share ?? 0]];
  const window: MonthWindow = { from: startMonth, to: cost.basis.endsWith('Once') ? startMonth : startMonth + durationMonths - 1 };
  const correction = ctx.optimism.correctionOf([{ grade: cost.confidence, path: `${path}.confidence` }]);
  const payer = ctx.optimism.apply(scaleProfile(gross, -(1 - share), ctx.alloc), correction);
  const label: LineLabel = cost.realisedYear === undefined ? { kind: 'cost', label: cost.label }
    : { kind: 'cost', label: cost.label, realisedYear: cost.realisedYear };
  const lines: DraftLine[] = [draftLine(
    origin, 'cost', `${path}:payer`, label, cost.payer.ledger, cost.payer.department ?? null, cost.category,
    payer, perParticipant, costFormula(amount, cost.basis, share, window, 'payer', correction.note), inputs,
  )];
  if (cost.refund && share !== 0) {
    const refund = ctx.optimism.apply(scaleProfile(gross, -share, ctx.alloc), correction);
    lines.push(draftLine(
      origin, 'refund', `${path}:refund`, { kind: 'refund', cost: cost.label, label: cost.refund.label ?? null }, cost.refund.ledger,
      cost.refund.department ?? null, cost.category, refund, perParticipant,
      costFormula(amount, cost.basis, share, window, 'refund', correction.note), inputs,
    ));
  }
  if (cost.welfare === 'transfer') for (const line of lines) line.transfer = true;
  return lines;
}

function outcomeLines(group: TargetGroup, iv: Intervention, outcome: Outcome, path: string, ctx: LineContext): DraftLine[] {
  const treated = ctx.inRange(outcome.treated, `${path}.treated`, 0, 1);
  const counterfactual = ctx.inRange(outcome.counterfactual, `${path}.counterfactual`, 0, 1);
  const startMonth = ctx.wholeMonths(outcome.startMonth, `${path}.startMonth`, 0);
  const rampMonths = ctx.wholeMonths(outcome.rampMonths, `${path}.rampMonths`, 0);
  const durationMonths = ctx.wholeMonths(outcome.durationMonths, `${path}.durationMonths`, ctx.months);
  const decay = resolveDecay(outcome, durationMonths ?? 0, `${path}.decay`, ctx);
  const values = outcomeValue(outcome, `${path}.value`, ctx);
  let lockIn: Profile | null = null;
  if (outcome.lockIn) {
    const share = ctx.inRange(outcome.lockIn.share, `${path}.lockIn.share`, -1, 1);
    const ls = ctx.wholeMonths(outcome.lockIn.startMonth, `${path}.lockIn.startMonth`, 0);
    const ld = ctx.wholeMonths(outcome.lockIn.durationMonths, `${path}.lockIn.durationMonths`, 0);
    if (share !== null && ls !== null && ld !== null) lockIn = windowOf(share, ls, ls + ld, ctx.months, ctx.alloc);
  }
  if (treated === null || counterfactual === null || startMonth === null || rampMonths === null
    || durationMonths === null || decay === null) return [];
  const delta = treated - counterfactual;
  const window: MonthWindow = { from: startMonth, to: startMonth + durationMonths - 1 };
  const effect = effectProfile({ delta, startMonth, rampMonths, durationMonths, decay }, ctx.months, ctx.alloc);
  const effectInputs: Amount[] = [outcome.treated, outcome.counterfactual, outcome.startMonth, outcome.rampMonths ?? 0,
    outcome.durationMonths, ...(outcome.decay?.type === 'exponential' ? [outcome.decay.ratePerYear] : [])];
  const lockInInputs: Amount[] = outcome.lockIn ? [outcome.lockIn.share, outcome.lockIn.startMonth ?? 0, outcome.lockIn.durationMonths] : [];
  const origin: LineOrigin = { path, targetGroup: group.id, intervention: iv.id };
  const lines: DraftLine[] = [];
  // The outcome's grade is read once; a value without grades of its own shares one list of it.
  const outcomeGrade: GradeRef = { grade: outcome.confidence, path: `${path}.confidence` };
  const outcomeOnly = [outcomeGrade];
  for (let v = 0; v < values.length; v++) {
    const value = values[v]!;
    const correction = ctx.optimism.correctionOf(value.confidence ? [outcomeGrade].concat(value.confidence) : outcomeOnly);
    const valued = ctx.optimism.apply(multiplyProfile(effect, value.perMonth, ctx.alloc), correction);
    lines.push(draftLine(
      origin, 'effect', `${path}:effect:${v}`, { kind: 'effect', outcome: outcome.label, value: value.label }, value.ledger,
      value.department, value.category, valued, true,
      { kind: 'effect', treated, counterfactual, delta: round6(delta), window, value: value.formula, optimism: correction.note },
      [effectInputs, value.amounts],
    ));
    if (lockIn && outcome.lockIn) {
      const held = ctx.optimism.apply(multiplyProfile(lockIn, value.perMonth, ctx.alloc), correction);
      lines.push(draftLine(
        origin, 'lockIn', `${path}:lockIn:${v}`, { kind: 'lockIn', outcome: outcome.label, value: value.label }, value.ledger,
        value.department, value.category, held, true,
        { kind: 'lockIn', share: outcome.lockIn.share, value: value.formula, optimism: correction.note }, [lockInInputs, value.amounts],
      ));
    }
  }
  return lines;
}

function resolveDecay(outcome: Outcome, durationMonths: number, path: string, ctx: LineContext): ResolvedDecay | null {
  const decay = outcome.decay ?? { type: 'none' };
  if (decay.type === 'none') return decay;
  if (decay.type === 'exponential') {
    const ratePerYear = ctx.inRange(decay.ratePerYear, `${path}.ratePerYear`, 0, 1);
    return ratePerYear === null ? null : { type: 'exponential', ratePerYear };
  }
  const monthsToZero = ctx.wholeMonths(decay.monthsToZero, `${path}.monthsToZero`, durationMonths);
  return monthsToZero === null ? null : { type: 'linear', monthsToZero };
}

/** A value component with the confidence grade of the direct value line it came from. */
type GradedValue = ValueComponent & { confidence?: GradeRef[] };

function outcomeValue(outcome: Outcome, path: string, ctx: LineContext): GradedValue[] {
  if (outcome.value.type === 'derived') return derivedValue(outcome.value.from, outcome.value.to, path, ctx);
  const out: GradedValue[] = [];
  outcome.value.perPersonYear.forEach((line, i) => {
    const p = `${path}.perPersonYear[${i}]`;
    ctx.checkBooking(line.ledger, line.department, p);
    ctx.checkCategory(line.category, `${p}.category`);
    const amount = ctx.evaluate(line.amount, `${p}.amount`);
    if (amount === null) return;
    out.push({
      ledger: line.ledger, department: line.department ?? null, category: line.category,
      label: { kind: 'direct', label: line.label ?? null, ledger: line.ledger }, perMonth: amount / 12,
      formula: { kind: 'perPersonYear', amount }, amounts: [line.amount],
      confidence: [{ grade: line.confidence, path: `${p}.confidence` }],
    });
  });
  return out;
}

/**
 * A cost line's formula, its keys in the order the object spread gave them (kind, amount, basis,
 * refundShare, window, part, optimism): a literal is built in one step where a spread copied key by key.
 */
function costFormula(
  amount: number, basis: CostItem['basis'], refundShare: number, window: MonthWindow, part: 'payer' | 'refund', optimism: OptimismFactor[],
): LineFormula {
  return { kind: 'cost', amount, basis, refundShare, window, part, optimism };
}

/** One constructor, so every line has the same shape (object spread here was the projection's hot spot). */
function draftLine(
  origin: LineOrigin, kind: LineKind, id: string, label: LineLabel, ledger: string, department: string | null,
  category: string, profile: Profile, perParticipant: boolean, formula: LineFormula, inputs: LineInputs,
): DraftLine {
  return { id, kind, label, origin, ledger, department, category, profile, perParticipant, formula, inputs };
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

