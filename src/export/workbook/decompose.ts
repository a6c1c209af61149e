/**
 * Splits every booked line into (scalar over parameters) × (time and cohort weight), so a workbook
 * can keep the scalar a live formula and write the weight as values (docs/excel-export.md).
 *
 * The scalar is what the line is linear in: a cost's amount × its payer or refund share, an outcome's
 * Δ (treated − counterfactual) × its direct value per person-year, a lock-in's share × that value.
 * The weight is read off the engine itself: the scenario is run once per cohort position with that
 * cohort alone at count 1, and each line's yearly total divided by its scalar. Everything the weight
 * holds (months, ramps, decay, optimism factors, derived values' staircases) is fixed in the workbook.
 * A line whose weights do not rebuild the engine's figures is written as values.
 */
import { monthlyProfiles } from './monthly';
import { compileExpression, MONTHS_PER_YEAR, runScenario, type Amount, type Line, type Model, type Projection, type Scenario } from '../../engine';

/** A factor of a line's scalar: an amount, optionally as (1 − amount) or a difference of two. */
export type ScalarFactor =
  | { type: 'amount'; amount: Amount }
  | { type: 'oneMinus'; amount: Amount }
  | { type: 'difference'; left: Amount; right: Amount };

export interface DecomposedLine {
  line: Line;
  /** The scalar as sign × Π factors; null when the line is written as values. */
  scalar: { sign: 1 | -1; factors: ScalarFactor[]; value: number } | null;
  perParticipant: boolean;
  /** Per cohort of the line's target group (or one row for a fixed cost): weight per year. */
  weights: number[][];
  /** The same per scenario month (cohort start applied), for the payback time. */
  monthlyWeights: number[][];
}

export interface Decomposition {
  lines: DecomposedLine[];
  /** Target group index by id, with its cohorts' count amounts (the workbook's cohort cells). */
  groups: { id: string; label: string; counts: Amount[]; startMonths: number[] }[];
  /** Names read by timing fields (months, ramps, decay, cohorts' start, seniority, derived states). */
  timingNames: Set<string>;
}

const TOLERANCE_KR = 0.005;

export function decompose(scenario: Scenario, model: Model, projection: Projection): Decomposition {
  const values = projection.values;
  const evaluate = (amount: Amount): number => {
    if (typeof amount === 'number') return amount;
    const compiled = compileExpression(amount);
    return compiled.ok ? Number(compiled.value.evaluate(values)) : NaN;
  };
  const factorValue = (f: ScalarFactor): number =>
    f.type === 'amount' ? evaluate(f.amount) : f.type === 'oneMinus' ? 1 - evaluate(f.amount) : evaluate(f.left) - evaluate(f.right);
  const scalarValue = (found: FoundScalar) => found.sign * found.factors.reduce((p, f) => p * factorValue(f), 1);
  // Weights are read off a copy in which a zero factor is made non-zero, so such a line can still be a formula.
  const unit = withoutZeroFactors(scenario, evaluate);
  const unitRun = runScenario(unit, model);
  const fixedAnnual = new Map(unitRun.ok ? unitRun.value.lines.map((l) => [l.id, l.annual]) : []);
  const maxCohorts = Math.max(0, ...scenario.targetGroups.map((g) => g.cohorts.length));
  const runs: Map<string, number[]>[] = [];
  for (let k = 0; k < maxCohorts; k++) {
    const single: Scenario = {
      ...unit,
      targetGroups: unit.targetGroups.map((g) => ({ ...g, cohorts: g.cohorts[k] ? [{ ...g.cohorts[k]!, count: 1 }] : [] })),
    };
    const run = runScenario(single, model);
    runs.push(new Map(run.ok ? run.value.lines.map((l) => [l.id, l.annual]) : []));
  }
  const profiles = monthlyProfiles(unit, model, evaluate);
  const months = projection.horizonYears * MONTHS_PER_YEAR;
  const groupIndex = new Map(scenario.targetGroups.map((g, i) => [g.id, i]));
  const lines = projection.lines.map((line): DecomposedLine => {
    const found = scalarOf(scenario, line);
    const unitFound = scalarOf(unit, line);
    const group = scenario.targetGroups[groupIndex.get(line.targetGroup) ?? -1];
    const counts = group ? group.cohorts.map((c) => evaluate(c.count)) : [];
    const asValues: DecomposedLine = { line, scalar: null, perParticipant: false, weights: [], monthlyWeights: [] };
    if (!found || !unitFound) return asValues;
    const value = scalarValue(found);
    const unitValue = scalarValue(unitFound);
    if (!Number.isFinite(value) || !Number.isFinite(unitValue) || Math.abs(unitValue) < 1e-12) return asValues;
    const zeros = line.annual.map(() => 0);
    const weights = found.perParticipant
      ? counts.map((_, k) => (runs[k]?.get(line.id) ?? zeros).map((v) => v / unitValue))
      : [(fixedAnnual.get(line.id) ?? zeros).map((v) => v / unitValue)];
    const rebuilt = line.annual.map((_, y) => value * weights.reduce((s, w, k) => s + w[y]! * (found.perParticipant ? counts[k]! : 1), 0));
    if (rebuilt.some((v, y) => Math.abs(v - line.annual[y]!) > TOLERANCE_KR)) return asValues;
    const profile = (profiles.get(line.id) ?? []).map((v) => v / unitValue);
    const starts = group ? group.cohorts.map((c) => Math.round(evaluate(c.startMonth))) : [];
    const monthlyWeights = found.perParticipant
      ? starts.map((start) => Array.from({ length: months }, (_, m) => (m >= start ? profile[m - start] ?? 0 : 0)))
      : [Array.from({ length: months }, (_, m) => profile[m] ?? 0)];
    return { line, scalar: { sign: found.sign, factors: found.factors, value }, perParticipant: found.perParticipant, weights, monthlyWeights };
  });
  return {
    lines,
    groups: scenario.targetGroups.map((g) => ({
      id: g.id, label: g.label, counts: g.cohorts.map((c) => c.count),
      startMonths: g.cohorts.map((c) => Math.round(evaluate(c.startMonth))),
    })),
    timingNames: timingNames(scenario),
  };
}

/**
 * The scenario with every zero scalar factor replaced by a non-zero number (amount 0 → 1, Δ 0 →
 * ±0.01, lock-in share 0 → 0.1), so the weights of its lines can be read off. Only the weights come
 * from the copy; the workbook's scalars stay the scenario's own, so those lines still show 0.
 */
function withoutZeroFactors(scenario: Scenario, evaluate: (a: Amount) => number): Scenario {
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario; // a scenario is plain JSON data
  for (const g of copy.targetGroups) {
    for (const iv of g.interventions) {
      for (const c of iv.costs) if (evaluate(c.amount) === 0) c.amount = 1;
      for (const o of iv.outcomes) {
        const counterfactual = evaluate(o.counterfactual);
        if (evaluate(o.treated) === counterfactual) o.treated = counterfactual <= 0.99 ? counterfactual + 0.01 : counterfactual - 0.01;
        if (o.lockIn && evaluate(o.lockIn.share) === 0) o.lockIn.share = 0.1;
        if (o.value.type === 'direct') for (const v of o.value.perPersonYear) if (evaluate(v.amount) === 0) v.amount = 1;
      }
    }
  }
  return copy;
}

interface FoundScalar { sign: 1 | -1; factors: ScalarFactor[]; perParticipant: boolean }

/** The scenario object a line came from, and the scalar it is linear in. */
function scalarOf(scenario: Scenario, line: Line): FoundScalar | null {
  const m = /^targetGroups\[(\d+)\]\.interventions\[(\d+)\]\.(costs|outcomes)\[(\d+)\]$/.exec(line.path);
  if (!m) return null;
  const iv = scenario.targetGroups[Number(m[1])]?.interventions[Number(m[2])];
  if (!iv) return null;
  if (m[3] === 'costs') {
    const cost = iv.costs[Number(m[4])];
    if (!cost) return null;
    const perParticipant = cost.basis.startsWith('perParticipant');
    const amount: ScalarFactor = { type: 'amount', amount: cost.amount };
    if (line.kind === 'refund' && cost.refund) return { sign: -1, factors: [amount, { type: 'amount', amount: cost.refund.share }], perParticipant };
    return { sign: -1, factors: cost.refund ? [amount, { type: 'oneMinus', amount: cost.refund.share }] : [amount], perParticipant };
  }
  const outcome = iv.outcomes[Number(m[4])];
  if (!outcome) return null;
  const v = Number(/:(\d+)$/.exec(line.id)?.[1] ?? NaN);
  const direct = outcome.value.type === 'direct' ? outcome.value.perPersonYear[v] : undefined;
  const valueFactor: ScalarFactor[] = direct ? [{ type: 'amount', amount: direct.amount }] : [];
  if (line.kind === 'lockIn' && outcome.lockIn) {
    return { sign: 1, factors: [{ type: 'amount', amount: outcome.lockIn.share }, ...valueFactor], perParticipant: true };
  }
  if (line.kind === 'effect') {
    return { sign: 1, factors: [{ type: 'difference', left: outcome.treated, right: outcome.counterfactual }, ...valueFactor], perParticipant: true };
  }
  return null;
}

/** Names read by fields that shape the weights rather than the scalar. */
function timingNames(scenario: Scenario): Set<string> {
  const amounts: (Amount | undefined)[] = [];
  for (const g of scenario.targetGroups) {
    amounts.push(g.startingSeniorityWeeks, ...g.cohorts.map((c) => c.startMonth));
    for (const iv of g.interventions) {
      for (const c of iv.costs) amounts.push(c.startMonth, c.durationMonths);
      for (const o of iv.outcomes) {
        amounts.push(o.startMonth, o.rampMonths, o.durationMonths, o.lockIn?.startMonth, o.lockIn?.durationMonths);
        if (o.decay?.type === 'exponential') amounts.push(o.decay.ratePerYear);
        if (o.decay?.type === 'linear') amounts.push(o.decay.monthsToZero);
      }
    }
  }
  const names = new Set<string>();
  for (const a of amounts) {
    if (typeof a !== 'string') continue;
    const compiled = compileExpression(a);
    if (compiled.ok) for (const n of compiled.value.names) names.add(n);
  }
  return names;
}
