/**
 * Guardrails (docs/follow-up-and-guardrails.md): the common ways a case overstates its return,
 * found on a computed projection. Pure; never blocking: a finding is shown, not an error.
 */
import { MONTHS_PER_YEAR } from '../constants';
import { dependenciesOf } from '../scope';
import { equalisationRateIn } from '../calc/public-finance';
import { constantInForce } from '../calc/dated';
import { GUARDRAIL_LIMITS, type EvidenceTemplate, type GuardrailFinding } from './findings';
import type { Model } from '../model/catalogue';
import type { Projection } from '../model/result';
import type { Amount, Outcome, Parameter, Scenario } from '../model/scenario';

export interface GuardrailInput {
  scenario: Scenario;
  model: Model;
  projection: Projection;
  /** The catalogue's intervention templates by id (for the evidence checks). */
  templates?: Record<string, EvidenceTemplate>;
}

export function checkGuardrails(input: GuardrailInput): GuardrailFinding[] {
  return [
    ...outcomeChecks(input),
    ...doubleCounting(input.scenario),
    ...nonCashable(input),
    ...averageUnitCosts(input),
    ...priceYears(input),
    ...discountingOff(input),
    ...figureValidity(input),
  ];
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/g;

/** A number, or a bare name's value; an expression of several names is not read (null). */
function valueOf(amount: Amount | undefined, values: Record<string, number>): number | null {
  if (amount === undefined) return null;
  if (typeof amount === 'number') return amount;
  const name = amount.trim();
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && name in values ? values[name]! : null;
}

function outcomeChecks({ scenario, projection, templates = {} }: GuardrailInput): GuardrailFinding[] {
  const out: GuardrailFinding[] = [];
  const horizonMonths = scenario.settings.horizonYears * MONTHS_PER_YEAR;
  let longestEvidence: { months: number; path: string } | null = null;
  let lastCohortStart = 0;
  scenario.targetGroups.forEach((group, g) => {
    for (const cohort of group.cohorts) lastCohortStart = Math.max(lastCohortStart, valueOf(cohort.startMonth, projection.values) ?? 0);
    group.interventions.forEach((iv, i) => {
      const template = templates[iv.template ?? iv.id];
      iv.outcomes.forEach((outcome, o) => {
        const path = `targetGroups[${g}].interventions[${i}].outcomes[${o}]`;
        const treated = valueOf(outcome.treated, projection.values);
        const counterfactual = valueOf(outcome.counterfactual, projection.values);
        if (counterfactual === 0 && (treated ?? 1) > 0) out.push({ kind: 'noDeadweight', path: `${path}.counterfactual`, numbers: { treated: treated ?? NaN } });
        const evidence = template?.intervention.outcomes.find((t) => t.state === outcome.state);
        if (template && evidence && treated !== null && counterfactual !== null) {
          const evidenceDelta = maxDelta(evidence, template.parameters ?? {});
          const delta = treated - counterfactual;
          if (evidenceDelta !== null && delta > evidenceDelta + 1e-9) {
            out.push({ kind: 'beyondEvidence', path: `${path}.treated`, numbers: { delta, evidenceDelta }, refs: { template: iv.template ?? iv.id, evidence: template.evidence } });
          }
        }
        const start = valueOf(outcome.startMonth, projection.values) ?? 0;
        const duration = valueOf(outcome.durationMonths, projection.values) ?? horizonMonths;
        const followUp = outcome.evidenceFollowUpMonths ?? evidence?.evidenceFollowUpMonths;
        if (followUp !== undefined) {
          if (start + duration > followUp) out.push({ kind: 'effectBeyondFollowUp', path: `${path}.durationMonths`, numbers: { effectEndsMonth: start + duration, followUpMonths: followUp } });
          if (!longestEvidence || followUp > longestEvidence.months) longestEvidence = { months: followUp, path };
        }
        const counted = Math.min(duration, horizonMonths - start);
        if ((outcome.decay ?? { type: 'none' }).type === 'none' && counted > GUARDRAIL_LIMITS.noDecayYears * MONTHS_PER_YEAR) {
          out.push({ kind: 'noDecayLongEffect', path: `${path}.decay`, numbers: { years: counted / MONTHS_PER_YEAR, limitYears: GUARDRAIL_LIMITS.noDecayYears } });
        }
      });
    });
  });
  const evidenceNeeded = longestEvidence as { months: number; path: string } | null;
  if (evidenceNeeded && horizonMonths > lastCohortStart + evidenceNeeded.months) {
    out.push({
      kind: 'horizonBeyondData', path: 'settings.horizonYears',
      numbers: { horizonYears: scenario.settings.horizonYears, dataYears: (lastCohortStart + evidenceNeeded.months) / MONTHS_PER_YEAR },
      refs: { outcome: evidenceNeeded.path },
    });
  }
  return out;
}

/** The largest Δ the template's evidence supports: the treated share at its upper bound, the counterfactual at its lower. */
function maxDelta(evidence: Outcome, parameters: Record<string, Parameter>): number | null {
  const bound = (amount: Amount, side: 'min' | 'max'): number | null => {
    if (typeof amount === 'number') return amount;
    const p = parameters[amount.trim()];
    if (!p) return null;
    const u = p.uncertainty;
    const fromUncertainty = u && (side === 'max' ? u.max : u.min);
    const value = fromUncertainty ?? (side === 'max' ? p.max : p.min) ?? (typeof p.value === 'number' ? p.value : null);
    return value ?? null;
  };
  const treated = bound(evidence.treated, 'max');
  const counterfactual = bound(evidence.counterfactual, 'min');
  return treated === null || counterfactual === null ? null : treated - counterfactual;
}

/** Two outcomes of one target group valued on the same state change (direct and derived alike). */
function doubleCounting(scenario: Scenario): GuardrailFinding[] {
  const out: GuardrailFinding[] = [];
  scenario.targetGroups.forEach((group, g) => {
    const seen = new Map<string, string>();
    group.interventions.forEach((iv, i) => iv.outcomes.forEach((outcome, o) => {
      const path = `targetGroups[${g}].interventions[${i}].outcomes[${o}]`;
      const key = outcome.value.type === 'derived' ? outcome.value.to : outcome.state;
      const other = seen.get(key);
      if (other) out.push({ kind: 'doubleCounting', path: `${path}.value`, numbers: {}, refs: { other, state: key } });
      else seen.set(key, path);
    }));
  });
  return out;
}

/** A saving counted in the budget view on a category whose savings are freed capacity, not cash. */
function nonCashable({ model, projection }: GuardrailInput): GuardrailFinding[] {
  if (projection.perspective !== 'budget') return [];
  const nonCash = new Set(model.categories.filter((c) => c.cashable === false).map((c) => c.id));
  const byOrigin = new Map<string, { amount: number; category: string }>();
  for (const line of projection.lines) {
    if ((line.kind !== 'effect' && line.kind !== 'lockIn') || !nonCash.has(line.category)) continue;
    const key = `${line.path}\u0000${line.category}`;
    const sum = line.annual.reduce((a, b) => a + b, 0);
    const entry = byOrigin.get(key) ?? { amount: 0, category: line.category };
    entry.amount += sum;
    byOrigin.set(key, entry);
  }
  return [...byOrigin].filter(([, e]) => e.amount > 0).map(([key, e]) => ({
    kind: 'nonCashableSaving' as const, path: `${key.split('\u0000')[0]}.value`, numbers: { amount: e.amount }, refs: { category: e.category },
  }));
}

/** The names an amount reads, with everything they depend on. */
function namesOf(amount: Amount, projection: Projection): Set<string> {
  if (typeof amount !== 'string') return new Set();
  const known = [...amount.matchAll(NAME)].map(([name]) => name).filter((name) => Object.hasOwn(projection.uses, name));
  return new Set(dependenciesOf(known, projection.uses));
}

const AVERAGE = /\baverage\b|gennemsnit/i;

/** A unit value that rests on an average (register) cost where a marginal one is what changes. */
function averageUnitCosts({ scenario, model, projection }: GuardrailInput): GuardrailFinding[] {
  const out: GuardrailFinding[] = [];
  const isAverage = (name: string): boolean => {
    const p = scenario.parameters[name];
    if (p) return AVERAGE.test(`${p.label ?? ''} ${p.note ?? ''}`) && !/marginal/i.test(p.note ?? '');
    const c = model.constants[name];
    return c ? (c.costBasis ? c.costBasis === 'average' : AVERAGE.test(`${c.label} ${c.note}`) && !/marginal/i.test(c.note)) : false;
  };
  scenario.targetGroups.forEach((group, g) => group.interventions.forEach((iv, i) => iv.outcomes.forEach((outcome, o) => {
    if (outcome.value.type !== 'direct') return;
    outcome.value.perPersonYear.forEach((line, l) => {
      const average = [...namesOf(line.amount, projection)].find(isAverage);
      if (average) out.push({ kind: 'averageUnitCost', path: `targetGroups[${g}].interventions[${i}].outcomes[${o}].value.perPersonYear[${l}].amount`, numbers: {}, refs: { name: average } });
    });
  })));
  return out;
}

/** Money figures from more than one price year summed without a price year to convert them to. */
function priceYears({ scenario, model, projection }: GuardrailInput): GuardrailFinding[] {
  if (scenario.settings.priceYear !== undefined) return [];
  const used = new Set<string>();
  for (const line of projection.lines) for (const list of line.inputs) for (const amount of list) for (const n of namesOf(amount, projection)) used.add(n);
  const years = new Set<number>();
  for (const name of used) {
    const p = scenario.parameters[name];
    const catalogued = model.constants[name];
    const c = catalogued ? constantInForce(catalogued, projection.rules.year).constant : undefined;
    const year = p ? p.priceYear : c && c.unit.startsWith('DKK') ? c.priceYear : undefined;
    if (year !== undefined) years.add(year);
  }
  if (years.size < 2) return [];
  const sorted = [...years].sort((a, b) => a - b);
  return [{ kind: 'priceYearMixed', path: 'settings.priceYear', numbers: { years: sorted.length, firstYear: sorted[0]!, lastYear: sorted.at(-1)! } }];
}

/** No discounting in a case that runs past one budget period. */
function discountingOff({ scenario, projection }: GuardrailInput): GuardrailFinding[] {
  const off = projection.discount.factors.every((f) => f === 1);
  const years = scenario.settings.horizonYears;
  return off && years > GUARDRAIL_LIMITS.budgetPeriodYears
    ? [{ kind: 'discountingOff', path: 'settings.discount', numbers: { horizonYears: years, limitYears: GUARDRAIL_LIMITS.budgetPeriodYears } }]
    : [];
}

/** The calendar year of a YYYY-MM-DD date, or null. */
function yearOf(date: string | undefined): number | null {
  const m = date === undefined ? null : /^(\d{4})-\d{2}-\d{2}$/.exec(date);
  return m ? Number(m[1]) : null;
}

/**
 * A catalogue figure the case uses whose period in force (validFrom/validTo) does not cover every calendar
 * year of the projection (settings.firstYear to firstYear + horizonYears − 1). Without firstYear the years are
 * not calendar years and nothing is checked. The landsudligning rate counts as used under 'single-kommune'.
 * A year counts as covered when the figure is in force on any day of it. A dated constant is judged by the
 * period whose figure was used (the one in force in the rules year, or the nearest when none is).
 */
function figureValidity({ scenario, model, projection }: GuardrailInput): GuardrailFinding[] {
  const first = scenario.settings.firstYear;
  if (first === undefined) return [];
  const last = first + scenario.settings.horizonYears - 1;
  const used = new Set<string>();
  for (const line of projection.lines) for (const list of line.inputs) for (const amount of list) for (const n of namesOf(amount, projection)) used.add(n);
  const rulesYear = projection.rules.year ?? undefined;
  const rate = model.publicFinance ? equalisationRateIn(model.publicFinance.equalisation, rulesYear) : undefined;
  if (projection.publicFinance.setting === 'single-kommune' && rate !== undefined) for (const n of namesOf(rate, projection)) used.add(n);
  const out: GuardrailFinding[] = [];
  for (const name of [...used].sort()) {
    if (Object.hasOwn(scenario.parameters, name)) continue;
    // A dated constant is checked by the period whose figure the case used (the one in force in the rules year).
    const catalogued = model.constants[name];
    const c = catalogued ? constantInForce(catalogued, projection.rules.year).constant : undefined;
    if (!c || (c.validFrom === undefined && c.validTo === undefined)) continue;
    const from = yearOf(c.validFrom);
    const to = yearOf(c.validTo);
    if ((from === null || from <= first) && (to === null || to >= last)) continue;
    const numbers: Record<string, number> = { firstYear: first, lastYear: last };
    if (from !== null) numbers.validFromYear = from;
    if (to !== null) numbers.validToYear = to;
    const refs: Record<string, string> = { name };
    if (c.validFrom !== undefined) refs.validFrom = c.validFrom;
    if (c.validTo !== undefined) refs.validTo = c.validTo;
    // An explicit rules year chose the figure: the warning sits at that field.
    out.push({ kind: 'figureOutOfValidity', path: projection.rules.basis === 'rulesYear' ? 'settings.rulesYear' : 'settings.firstYear', numbers, refs });
  }
  return out;
}
