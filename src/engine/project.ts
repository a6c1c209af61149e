/**
 * The projection (docs/semantics.md): resolves the scenario's amounts, books every line per month,
 * spreads per-participant lines over the cohorts, and sums them by ledger, department and in total.
 */
import { MAX_HORIZON_YEARS, MONTHS_PER_YEAR, NO_DEPARTMENT } from './constants';
import { discountFactors, TIMING_CONVENTIONS } from './calc/discounting';
import { aggregate, type GroupDraft } from './calc/aggregate';
import { openArena, type Allocate } from './calc/arena';
import type { Pricing } from './calc/pricing';
import { targetGroupLines } from './calc/lines';
import { equalisationRateIn } from './calc/public-finance';
import { constantsInForce, rulesYearOf, type PeriodChoice } from './calc/dated';
import { finishSeries, runningByKey } from './calc/series';
import { createOptimism } from './confidence/optimism';
import { lineContext, resolveCohorts } from './line-context';
import { overflowErrors } from './finite-results';
import { own } from './own';
import { buildScope, evaluateAmount, type Scope } from './scope';
import type { Model } from './model/catalogue';
import type { EngineError, Line, Projection, PublicFinanceSummary, Result, Series, WelfareSummary } from './model/result';
import type { WelfareFactors } from './calc/value-types';
import type { DiscountBand, PublicFinanceSetting, Scenario } from './model/scenario';

export interface RunOptions {
  /** Replace parameter values (break-even solver, sensitivity, Monte Carlo). */
  overrides?: Record<string, number>;
  /** Compute with the optimism correction on or off, whatever the scenario's setting says. */
  optimismCorrection?: boolean;
}

/** Projects a scenario; errors carry the path of the field at fault. */
export function runScenario(scenario: Scenario, model: Model, options: RunOptions = {}): Result<Projection, EngineError> {
  // The monthly arrays are scratch: the projection keeps only yearly sums, so the arena's buffers are reused.
  const arena = openArena();
  try {
    return project(scenario, model, options, arena.alloc);
  } finally {
    arena.release();
  }
}

/** Builds the scope of one run from the constants in force; compileScenario (compile.ts) passes one that re-evaluates only what the overrides change. */
export type ScopeBuilder = (constants: Model['constants'], pricing: Pricing | undefined) => Scope;

/** The projection itself; `makeScope` replaces buildScope (the same values, fewer evaluations). */
export function project(
  scenario: Scenario, model: Model, options: RunOptions, alloc: Allocate,
  makeScope: ScopeBuilder = (constants, pricing) => buildScope(constants, scenario.parameters, options.overrides, pricing),
): Result<Projection, EngineError> {
  const { settings } = scenario;
  const pricing = resolvePricing(scenario, model);
  if (pricing && 'message' in pricing) return { ok: false, errors: [pricing] };
  // Dated catalogue figures: the one in force in the rules year (settings.rulesYear, else firstYear).
  const rules = rulesYearOf(settings);
  const inForce = constantsInForce(model.constants, rules.year);
  const scope = makeScope(inForce.constants, pricing);
  const errors = scope.errors;
  const fail = (path: string, message: string) => void errors.push({ path, message });
  if (!Number.isInteger(settings.horizonYears) || settings.horizonYears < 1 || settings.horizonYears > MAX_HORIZON_YEARS) {
    return { ok: false, errors: [{ path: 'settings.horizonYears', message: `expected a whole number of years from 1 to ${MAX_HORIZON_YEARS}, got ${settings.horizonYears}` }] };
  }
  const months = settings.horizonYears * MONTHS_PER_YEAR;
  const perspective = model.perspectives.find((p) => p.id === settings.perspective);
  if (!perspective) fail('settings.perspective', `unknown perspective '${settings.perspective}' (known: ${model.perspectives.map((p) => p.id).join(', ')})`);
  const bands = discountBands(scenario, model, fail);
  if (settings.refusionRule !== undefined && !own(model.refusionRules, settings.refusionRule)) {
    fail('settings.refusionRule', `unknown refusion rule '${settings.refusionRule}' (known: ${Object.keys(model.refusionRules).join(', ')})`);
  }

  const publicFinance = settings.publicFinance ?? 'public-sector';
  // Direct values are booked as their source gives them; only a derived value needs the catalogue's rules.
  const derived = scenario.targetGroups.some((g) => g.interventions.some((i) => i.outcomes.some((o) => o.value.type === 'derived')));
  if (publicFinance !== 'public-sector' && derived && !model.publicFinance) {
    fail('settings.publicFinance', `'${publicFinance}' needs the catalogue's publicFinance rules (kommune ledger, landsudligning, budgetgaranti); this catalogue has none`);
  }
  const welfare = perspective ? welfareFactors(model, perspective.id, perspective.categories, scope) : null;
  const optimism = createOptimism(model, options.optimismCorrection ?? settings.optimismCorrection ?? false, fail, alloc);
  const groups: GroupDraft[] = [];
  let participants = 0;
  const startedInYear = new Array<number>(settings.horizonYears).fill(0);
  scenario.targetGroups.forEach((group, g) => {
    const path = `targetGroups[${g}]`;
    const ctx = lineContext(model, scope, months, fail, settings.refusionRule, alloc, optimism, publicFinance, rules.year ?? undefined, welfare);
    const seniority = ctx.inRange(group.startingSeniorityWeeks ?? 0, `${path}.startingSeniorityWeeks`, 0, Infinity);
    ctx.startingSeniorityWeeks = seniority ?? 0;
    const { cohorts, started } = resolveCohorts(group, path, ctx, startedInYear);
    participants += started;
    const lines = targetGroupLines(group, path, ctx);
    for (const line of lines) {
      // Catalogue states book to ledgers and categories too; an unknown one would escape the ledger sums.
      ctx.checkBooking(line.ledger, line.department ?? undefined, line.origin.path);
      ctx.checkCategory(line.category, line.origin.path, 'category');
    }
    groups.push({ lines, cohorts });
  });
  if (errors.length > 0 || !perspective || !bands) return { ok: false, errors: dedupe(errors) };

  const factors = discountFactors(bands, settings.horizonYears, settings.discountTiming);
  const counted = new Set(perspective.categories);
  const aggregated = aggregate(groups, (category) => counted.has(category), months, alloc);
  const { drafts, annuals } = aggregated;
  const lines = new Array<Line>(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    lines[i] = {
      id: draft.id, kind: draft.kind, label: draft.label, path: draft.origin.path, targetGroup: draft.origin.targetGroup,
      intervention: draft.origin.intervention, ledger: draft.ledger, department: draft.department, category: draft.category,
      annual: annuals[i]!, formula: draft.formula,
      inputs: draft.inputs,
    };
  }
  const sums = runningByKey(lines, aggregated.keys, factors, aggregated.yearsFrom, aggregated.yearsTo);
  const series = (key: string): Series => finishSeries(sums.get(key), aggregated.monthlyByKey.get(key) ?? new Float64Array(months), factors);
  const ledgers: Record<string, Series> = {};
  const departments: Record<string, Series> = {};
  for (const ledger of model.ledgers) {
    ledgers[ledger.id] = series(`ledger:${ledger.id}`);
    for (const dept of [...(ledger.departments ?? []).map((d) => d.id), NO_DEPARTMENT]) {
      const key = `${ledger.id}/${dept}`;
      if (dept !== NO_DEPARTMENT || sums.has(`department:${key}`)) departments[key] = series(`department:${key}`);
    }
  }
  const preset = 'preset' in settings.discount ? model.discountPresets.find((p) => p.id === (settings.discount as { preset: string }).preset) : undefined;
  const projection: Projection = {
    horizonYears: settings.horizonYears,
    years: Array.from({ length: settings.horizonYears }, (_, i) => ({
      year: i + 1, calendarYear: settings.firstYear === undefined ? null : settings.firstYear + i,
    })),
    participants,
    startedByYear: runningTotals(startedInYear),
    perspective: perspective.id,
    discount: {
      preset: preset ? { id: preset.id, label: preset.label } : null, bands,
      timing: settings.discountTiming, factors, convention: TIMING_CONVENTIONS[settings.discountTiming],
    },
    optimism: optimism.summary(),
    ...(welfare ? { welfare: welfareSummary(welfare, model, groups) } : {}),
    publicFinance: publicFinanceSummary(publicFinance, model, scope, rules.year ?? undefined),
    // The periods of dated constants a parameter of the same id replaces are not reported: the parameter is used.
    rules: { year: rules.year, basis: rules.basis, periods: usedPeriods(inForce.periods, scenario.parameters) },
    // The scope is this run's own, so its maps are handed over rather than copied.
    values: scope.values,
    uses: scope.uses,
    repriced: scope.repriced,
    lines, ledgers, departments,
    total: series('total'),
  };
  const overflow = overflowErrors(projection, 'preset' in settings.discount ? 'settings.discount.preset' : 'settings.discount.bands');
  return overflow.length > 0 ? { ok: false, errors: overflow } : { ok: true, value: projection };
}

/** The public-finance setting a projection was computed under, with the equalisation rate it used. */
function publicFinanceSummary(setting: PublicFinanceSetting, model: Model, scope: Scope, rulesYear: number | undefined): PublicFinanceSummary {
  const rate = setting === 'single-kommune' && model.publicFinance
    ? evaluateAmount(equalisationRateIn(model.publicFinance.equalisation, rulesYear), 'model.publicFinance.equalisation.rate', scope) : null;
  return { setting, equalisationRate: rate };
}

/** The catalogue's socioeconomic rules as numbers, when the scenario is in their perspective. */
export function welfareFactors(model: Model, perspectiveId: string, categories: string[], scope: Scope): WelfareFactors | null {
  const rules = model.socioeconomic;
  if (!rules || rules.perspective !== perspectiveId) return null;
  const netTaxFactor = evaluateAmount(rules.netTaxFactor, 'model.socioeconomic.netTaxFactor', scope);
  const distortionFactor = evaluateAmount(rules.distortionFactor, 'model.socioeconomic.distortionFactor', scope);
  if (netTaxFactor === null || distortionFactor === null) return null;
  return {
    ledger: rules.ledger, productionCategory: rules.productionCategory, distortionCategory: rules.distortionCategory,
    publicLedgers: new Set(rules.publicLedgers), counted: new Set(categories), netTaxFactor, distortionFactor,
    netTaxFactorAmount: rules.netTaxFactor,
  };
}

/**
 * NAF, SFF and whether the production value is computed: not when any outcome is valued by direct
 * values (kr. per person-year given per ledger, IPS), since no wage is known there to value.
 */
function welfareSummary(w: WelfareFactors, model: Model, groups: GroupDraft[]): WelfareSummary {
  const direct = groups.some((g) => g.lines.some((l) => l.formula.kind !== 'cost' && l.formula.value.kind === 'perPersonYear'));
  return { netTaxFactor: w.netTaxFactor, distortionFactor: w.distortionFactor, sourceYear: model.socioeconomic?.source.year ?? null, assessed: !direct };
}

function usedPeriods(periods: Record<string, PeriodChoice>, parameters: Scenario['parameters']): Record<string, PeriodChoice> {
  const out: Record<string, PeriodChoice> = {};
  for (const [id, choice] of Object.entries(periods)) if (!Object.hasOwn(parameters, id)) out[id] = choice;
  return out;
}

/** The price index that re-prices to the scenario's price year, if it sets one. */
function resolvePricing(scenario: Scenario, model: Model): Pricing | EngineError | undefined {
  const { priceYear, priceIndex } = scenario.settings;
  if (priceYear === undefined) return undefined;
  const ids = Object.keys(model.priceIndices);
  const indexId = priceIndex ?? (ids.length === 1 ? ids[0]! : 'pl');
  const index = own(model.priceIndices, indexId);
  if (!index && priceIndex !== undefined) {
    return { path: 'settings.priceIndex', message: `unknown price index '${priceIndex}' (known: ${ids.join(', ') || 'none'})` };
  }
  // Without an index, any figure that needs converting is reported (priceFactor) rather than summed unconverted.
  return { toYear: priceYear, indexId, index: index ?? { label: indexId, values: [], source: { title: '' }, note: '' } };
}

function discountBands(scenario: Scenario, model: Model, fail: (path: string, message: string) => void): DiscountBand[] | null {
  const setting = scenario.settings.discount;
  if ('preset' in setting) {
    const preset = model.discountPresets.find((p) => p.id === setting.preset);
    if (preset) return preset.bands;
    fail('settings.discount.preset', `unknown discount preset '${setting.preset}' (known: ${model.discountPresets.map((p) => p.id).join(', ')})`);
    return null;
  }
  const bands = [...setting.bands].sort((a, b) => a.fromYear - b.fromYear);
  if (bands.length === 0 || bands[0]!.fromYear !== 1) {
    fail('settings.discount.bands', 'the first band must start in year 1');
    return null;
  }
  return bands;
}

/** The running totals 0 + a, (0 + a) + b, …, added in the same order as a running reduce. */
function runningTotals(values: number[]): number[] {
  const out = new Array<number>(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) out[i] = sum = sum + values[i]!;
  return out;
}

function dedupe(errors: EngineError[]): EngineError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
