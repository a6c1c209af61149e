/**
 * The lean Monte Carlo draw: a draw needs only what the summary reads (per ledger and in total:
 * the cumulative net by year, the NPV and the payback time), not the projection's lines, labels,
 * departments and tables. Compiled once per run for the names a run draws, the scenario's lines
 * fall into three kinds:
 * - static: the cost item or outcome reads no drawn name (nor any parameter that reads one); its
 *   lines are summed once, here, into yearly and monthly nets per ledger and in total;
 * - scaled: a cost item whose only drawn input is its amount, an outcome whose only drawn inputs are
 *   its treated and counterfactual shares (its effect lines ∝ their difference) or its lock-in
 *   share (its lock-in lines ∝ that share). Its lines are built once with the drawn input at 1 and
 *   summed; a draw adds factor × those unit sums;
 * - re-evaluated: anything else (a drawn start month, duration or value, a drawn cohort count, the
 *   optimism correction, whose factor depends on a flow's sign), built per draw by the line builders.
 * A draw re-evaluates the drawn parameters and those that read them, the scaled items' factors
 * (with the range checks of the full path) and the re-evaluated lines. Sums in another order than
 * runScenario's give the same figures to rounding (test/engine/compile-draws.test.ts: 1e-12 of the
 * flows). A draw the lean path cannot vouch for (any check fails, a figure beyond ±1e300) gives
 * null, and the caller runs it the full way, which reports the error as runScenario does.
 */
import { MONTHS_PER_YEAR } from './constants';
import { aggregate, type GroupDraft, type ResolvedCohort } from './calc/aggregate';
import { openArena, type Arena } from './calc/arena';
import { rulesYearOf } from './calc/dated';
import { costItemLines, outcomeItemLines, targetGroupLines, type DraftLine, type LineContext } from './calc/lines';
import { paybackYears } from './calc/payback';
import { createOptimism } from './confidence/optimism';
import { lineContext, resolveCohorts } from './line-context';
import { runScenario, welfareFactors } from './project';
import { evaluateAmount, namesIn, type Scope } from './scope';
import type { Model } from './model/catalogue';
import type { Amount, CostItem, Outcome, Scenario, TargetGroup } from './model/scenario';

/** The figures of one draw, per key (the ledgers in the projection's order, then 'total'). */
export interface DrawFigures {
  /** cumulative[k · years + y]: key k's cumulative net at the end of year y + 1. */
  cumulative: Float64Array;
  npv: Float64Array;
  /** Years to pay back; Infinity when not paid back within the horizon. */
  payback: Float64Array;
}

export interface CompiledDraws {
  keys: string[];
  years: number;
  /** The draw's figures (overwritten by the next draw), or null: run this draw the full way. */
  draw(overrides: Record<string, number>): DrawFigures | null;
}

/** Figures this large may overflow somewhere in the full projection: such a draw goes the full way. */
const LARGEST = 1e300;
/** Integer-like keys are listed first by Object.keys, not in evaluation order. */
const INDEX_LIKE = /^(0|[1-9]\d*)$/;

/** A drawn factor of scaled lines, evaluated per draw with the checks of the full path. */
type Factor = (ctx: LineContext) => number | null;

/** Yearly and monthly nets per key, key-major: annual[k · years + y], monthly[k · months + m]. */
interface KeySums { annual: Float64Array; monthly: Float64Array }

interface Layout { keys: string[]; index: Map<string, number>; years: number; months: number; counts: (category: string) => boolean }

/** Re-evaluated per draw: some items of a group (its cohorts fixed) or the whole group. */
type Redo =
  | { group: TargetGroup; path: string; whole: false; cohorts: ResolvedCohort[]; seniority: number; items: ((ctx: LineContext) => DraftLine[])[] }
  | { group: TargetGroup; path: string; whole: true };

export function compileDraws(scenario: Scenario, model: Model, names: readonly string[]): CompiledDraws | null {
  const base = runScenario(scenario, model);
  if (!base.ok || names.some((n) => !Object.hasOwn(scenario.parameters, n))) return null;
  const p = base.value;
  const order = Object.keys(p.values);
  if (order.some((n) => INDEX_LIKE.test(n))) return null;
  const drawn = new Set(names);
  // The drawn names and every name that reads one, in evaluation order (dependencies first).
  const dirty = new Set<string>();
  for (const name of order) if (drawn.has(name) || (p.uses[name] ?? []).some((n) => dirty.has(n))) dirty.add(name);
  const dirtyOrder = order.filter((n) => dirty.has(n));
  const readsDrawn = (amount: Amount | undefined) => amount !== undefined && namesIn(amount).some((n) => dirty.has(n));

  const { settings } = scenario;
  const perspective = model.perspectives.find((x) => x.id === settings.perspective)!;
  const social = model.socioeconomic;
  if (p.welfare && social && (readsDrawn(social.netTaxFactor) || readsDrawn(social.distortionFactor))) return null;
  const ledgerKeys = Object.keys(p.ledgers);
  const layout: Layout = {
    keys: [...ledgerKeys, 'total'], index: new Map(ledgerKeys.map((id, k) => [id, k])), years: p.horizonYears,
    months: p.horizonYears * MONTHS_PER_YEAR, counts: (category) => perspective.categories.includes(category),
  };

  // One scope and one line context for every evaluation: a draw overwrites the dirty names in place.
  const scope: Scope = {
    values: Object.assign(Object.create(null) as Record<string, number>, p.values), uses: p.uses, repriced: p.repriced,
    results: new Map(), errors: [],
  };
  let arena: Arena = openArena();
  let failed = false;
  const fail = () => void (failed = true);
  const alloc = (length: number) => arena.alloc(length);
  const optimismOn = settings.optimismCorrection ?? false;
  const optimism = createOptimism(model, optimismOn, fail, alloc);
  const welfare = welfareFactors(model, perspective.id, perspective.categories, scope);
  const ctx = lineContext(model, scope, layout.months, fail, settings.refusionRule, alloc, optimism,
    settings.publicFinance ?? 'public-sector', rulesYearOf(settings).year ?? undefined, welfare);

  /** Builds lines with a fresh expression cache and tells whether anything they evaluated reads a drawn name. */
  const build = (lines: (c: LineContext) => DraftLine[]): { lines: DraftLine[]; drawn: boolean } => {
    scope.results = new Map();
    ctx.derivedCache = new Map();
    const out = lines(ctx);
    return { lines: out, drawn: [...scope.results.keys()].some((text) => namesIn(text).some((n) => dirty.has(n))) };
  };

  const staticGroups: GroupDraft[] = [];
  const scaled = new Map<string, { factor: Factor; groups: GroupDraft[] }>();
  const redo: Redo[] = [];
  const addScaled = (key: string, factor: Factor, lines: DraftLine[], cohorts: ResolvedCohort[]) => {
    if (lines.length === 0) return;
    let slot = scaled.get(key);
    if (!slot) scaled.set(key, (slot = { factor, groups: [] }));
    slot.groups.push({ lines, cohorts });
  };
  scenario.targetGroups.forEach((group, g) => {
    const path = `targetGroups[${g}]`;
    if ([group.startingSeniorityWeeks, ...group.cohorts.flatMap((c) => [c.count, c.startMonth])].some(readsDrawn)) {
      redo.push({ group, path, whole: true });
      return;
    }
    const seniority = ctx.inRange(group.startingSeniorityWeeks ?? 0, `${path}.startingSeniorityWeeks`, 0, Infinity) ?? 0;
    ctx.startingSeniorityWeeks = seniority;
    const { cohorts } = resolveCohorts(group, path, ctx);
    const fixed: DraftLine[] = [];
    const items: ((c: LineContext) => DraftLine[])[] = [];
    group.interventions.forEach((iv, i) => {
      const ivPath = `${path}.interventions[${i}]`;
      iv.costs.forEach((cost, c) => {
        const cPath = `${ivPath}.costs[${c}]`;
        const lines = (x: CostItem) => (c2: LineContext) => costItemLines(group, iv, x, cPath, c2);
        const real = build(lines(cost));
        if (!real.drawn) return void fixed.push(...real.lines);
        const unit = !optimismOn && readsDrawn(cost.amount) ? build(lines({ ...cost, amount: 1 })) : null;
        if (unit && !unit.drawn) addScaled(`amount:${String(cost.amount)}`, (c2) => c2.evaluate(cost.amount, `${cPath}.amount`), unit.lines, cohorts);
        else items.push(lines(cost));
      });
      iv.outcomes.forEach((outcome, o) => {
        const oPath = `${ivPath}.outcomes[${o}]`;
        const lines = (x: Outcome) => (c2: LineContext) => outcomeItemLines(group, iv, x, oPath, c2);
        const real = build(lines(outcome));
        if (!real.drawn) return void fixed.push(...real.lines);
        const effect = readsDrawn(outcome.treated) || readsDrawn(outcome.counterfactual);
        const lockIn = outcome.lockIn !== undefined && readsDrawn(outcome.lockIn.share);
        const unit = optimismOn ? null : build(lines({
          ...outcome,
          ...(effect ? { treated: 1, counterfactual: 0 } : {}),
          ...(lockIn && outcome.lockIn ? { lockIn: { ...outcome.lockIn, share: 1 } } : {}),
        }));
        if (!unit || unit.drawn) return void items.push(lines(outcome));
        const byKind = (kind: string) => unit.lines.filter((l) => l.kind === kind);
        if (effect) {
          addScaled(`delta:${String(outcome.treated)}\u0000${String(outcome.counterfactual)}`, (c2) => {
            const treated = c2.inRange(outcome.treated, `${oPath}.treated`, 0, 1);
            const counterfactual = c2.inRange(outcome.counterfactual, `${oPath}.counterfactual`, 0, 1);
            return treated === null || counterfactual === null ? null : treated - counterfactual;
          }, byKind('effect'), cohorts);
        } else fixed.push(...byKind('effect'));
        if (lockIn) {
          const share = outcome.lockIn!.share;
          addScaled(`share:${String(share)}`, (c2) => c2.inRange(share, `${oPath}.lockIn.share`, -1, 1), byKind('lockIn'), cohorts);
        } else fixed.push(...byKind('lockIn'));
      });
    });
    staticGroups.push({ lines: fixed, cohorts });
    if (items.length > 0) redo.push({ group, path, whole: false, cohorts, seniority, items });
  });

  const zeros = (): KeySums => ({ annual: new Float64Array(layout.keys.length * layout.years), monthly: new Float64Array(layout.keys.length * layout.months) });
  const baseSums = zeros();
  const slots: { factor: Factor; sums: KeySums; keys: number[] }[] = [];
  let compiled = addInto(baseSums, staticGroups, layout, alloc);
  for (const { factor, groups } of scaled.values()) {
    const sums = zeros();
    compiled &&= addInto(sums, groups, layout, alloc);
    slots.push({ factor, sums, keys: touchedKeys(sums, layout) });
  }
  arena.release();
  if (!compiled || failed || scope.errors.length > 0) return null;

  const sums = zeros();
  const figures: DrawFigures = {
    cumulative: new Float64Array(layout.keys.length * layout.years), npv: new Float64Array(layout.keys.length), payback: new Float64Array(layout.keys.length),
  };
  const { years, months } = layout;
  const factors = p.discount.factors;

  const draw = (overrides: Record<string, number>): DrawFigures | null => {
    if (Object.keys(overrides).length !== drawn.size || names.some((n) => !Object.hasOwn(overrides, n))) return null;
    failed = false;
    scope.errors.length = 0;
    scope.results = new Map();
    arena = openArena();
    try {
      for (const name of dirtyOrder) {
        // As buildScope: an overridden money figure is converted by the factor its own value was.
        if (Object.hasOwn(overrides, name)) {
          const repriced = scope.repriced[name];
          scope.values[name] = repriced ? overrides[name]! * repriced.factor : overrides[name]!;
          continue;
        }
        const value = evaluateAmount(scenario.parameters[name]!.value, `parameters.${name}.value`, scope);
        if (value === null) return null;
        scope.values[name] = value;
      }
      sums.annual.set(baseSums.annual);
      sums.monthly.set(baseSums.monthly);
      for (const slot of slots) {
        const f = slot.factor(ctx);
        if (f === null || failed) return null;
        if (f !== 0) addScaledSums(sums, slot.sums, slot.keys, f, layout);
      }
      if (redo.length > 0 && !redoLines(redo, ctx, sums, layout, alloc)) return null;
      if (failed || scope.errors.length > 0) return null;
      for (let k = 0; k < layout.keys.length; k++) {
        let cumulative = 0, discounted = 0;
        for (let y = 0; y < years; y++) {
          const v = sums.annual[k * years + y]!;
          if (!(Math.abs(v) <= LARGEST)) return null;
          figures.cumulative[k * years + y] = cumulative += v;
          discounted += v * factors[y]!;
        }
        const monthly = sums.monthly.subarray(k * months, (k + 1) * months);
        for (let m = 0; m < months; m++) if (!(Math.abs(monthly[m]!) <= LARGEST)) return null;
        if (!(Math.abs(cumulative) <= LARGEST && Math.abs(discounted) <= LARGEST)) return null;
        figures.npv[k] = discounted;
        figures.payback[k] = paybackYears(monthly) ?? Infinity;
      }
      return figures;
    } finally {
      arena.release();
    }
  };

  return { keys: layout.keys, years, draw };
}

/** Builds the re-evaluated lines of one draw into `sums`; false when a check failed. */
function redoLines(redo: Redo[], ctx: LineContext, sums: KeySums, layout: Layout, alloc: (n: number) => Float64Array): boolean {
  const groups: GroupDraft[] = [];
  for (const r of redo) {
    ctx.derivedCache = new Map();
    if (r.whole) {
      const seniority = ctx.inRange(r.group.startingSeniorityWeeks ?? 0, `${r.path}.startingSeniorityWeeks`, 0, Infinity);
      if (seniority === null) return false;
      ctx.startingSeniorityWeeks = seniority;
      const { cohorts } = resolveCohorts(r.group, r.path, ctx);
      groups.push({ lines: targetGroupLines(r.group, r.path, ctx), cohorts });
    } else {
      ctx.startingSeniorityWeeks = r.seniority;
      groups.push({ lines: r.items.flatMap((lines) => lines(ctx)), cohorts: r.cohorts });
    }
  }
  return addInto(sums, groups, layout, alloc);
}

/** Adds the lines' yearly and monthly nets to their ledgers' and the total's; false if a line books to no known ledger. */
function addInto(into: KeySums, groups: GroupDraft[], layout: Layout, alloc: (n: number) => Float64Array): boolean {
  const { years, months, index } = layout;
  const total = layout.keys.length - 1;
  const aggregated = aggregate(groups, layout.counts, months, alloc);
  const { drafts, annuals, yearsFrom, yearsTo } = aggregated;
  for (let i = 0; i < drafts.length; i++) {
    const k = index.get(drafts[i]!.ledger);
    if (k === undefined) return false;
    const annual = annuals[i]!;
    // Outside [yearsFrom, yearsTo) a line's yearly totals are +0, which would add nothing.
    for (let y = yearsFrom[i]!; y < yearsTo[i]!; y++) {
      into.annual[k * years + y]! += annual[y]!;
      into.annual[total * years + y]! += annual[y]!;
    }
  }
  for (const [ledger, k] of index) addAt(into.monthly, k * months, aggregated.monthlyByKey.get(`ledger:${ledger}`));
  addAt(into.monthly, total * months, aggregated.monthlyByKey.get('total'));
  return true;
}

function addAt(target: Float64Array, at: number, source: Float64Array | undefined): void {
  if (!source) return;
  for (let m = 0; m < source.length; m++) target[at + m]! += source[m]!;
}

/** The keys whose sums are not all zero (the only ones a scaled slot adds to). */
function touchedKeys(sums: KeySums, { keys, years, months }: Layout): number[] {
  return keys.map((_, k) => k).filter((k) =>
    sums.annual.subarray(k * years, (k + 1) * years).some((v) => v !== 0) || sums.monthly.subarray(k * months, (k + 1) * months).some((v) => v !== 0));
}

function addScaledSums(into: KeySums, unit: KeySums, keys: number[], f: number, { years, months }: Layout): void {
  for (const k of keys) {
    for (let i = k * years, end = i + years; i < end; i++) into.annual[i]! += f * unit.annual[i]!;
    for (let i = k * months, end = i + months; i < end; i++) into.monthly[i]! += f * unit.monthly[i]!;
  }
}
