/**
 * Re-projection (docs/follow-up-and-guardrails.md): the forecast re-run with the realised figures
 * where they exist and the forecast after them. Realised participants replace their cohort's count;
 * the latest observed share of an outcome replaces its treated share; a cost paid in a year replaces
 * the forecast of that item in that year (an adjustment item of realised − forecast, fixed in that
 * year, booked like the item with the same refund). The forecast itself is never changed.
 */
import { runScenario, type RunOptions } from '../project';
import { MONTHS_PER_YEAR } from '../constants';
import type { Model } from '../model/catalogue';
import type { EngineError, Projection, Result } from '../model/result';
import type { CostItem, FollowUp, Outcome, Scenario } from '../model/scenario';

export interface Reprojection {
  /** The scenario with the realised figures put in (shown in explanations; not saved). */
  scenario: Scenario;
  projection: Projection;
}

const PATH = /^targetGroups\[(\d+)\]\.(cohorts|interventions)\[(\d+)\](?:\.(costs|outcomes)\[(\d+)\])?$/;

/** The object a follow-up path names, or null. */
export function followUpTarget(scenario: Scenario, path: string):
  | { kind: 'cohort'; g: number; cohort: Scenario['targetGroups'][number]['cohorts'][number] }
  | { kind: 'cost'; g: number; i: number; cost: CostItem }
  | { kind: 'outcome'; g: number; i: number; outcome: Outcome }
  | null {
  const m = PATH.exec(path);
  if (!m) return null;
  const g = Number(m[1]);
  const group = scenario.targetGroups[g];
  if (!group) return null;
  if (m[2] === 'cohorts') {
    const cohort = m[4] ? undefined : group.cohorts[Number(m[3])];
    return cohort ? { kind: 'cohort', g, cohort } : null;
  }
  const i = Number(m[3]);
  const iv = group.interventions[i];
  if (!iv || !m[4]) return null;
  if (m[4] === 'costs') {
    const cost = iv.costs[Number(m[5])];
    return cost ? { kind: 'cost', g, i, cost } : null;
  }
  const outcome = iv.outcomes[Number(m[5])];
  return outcome ? { kind: 'outcome', g, i, outcome } : null;
}

/** Every follow-up record's path must name a field of the forecast. */
export function checkFollowUpPaths(scenario: Scenario, followUp: FollowUp): EngineError[] {
  const errors: EngineError[] = [];
  const check = (list: { path: string }[] | undefined, field: string, kind: string) => list?.forEach((r, n) => {
    const target = followUpTarget(scenario, r.path);
    if (!target || target.kind !== kind) errors.push({ path: `followUp.${field}[${n}].path`, message: `no ${kind} at '${r.path}' in the scenario` });
  });
  check(followUp.participants, 'participants', 'cohort');
  check(followUp.costs, 'costs', 'cost');
  check(followUp.outcomes, 'outcomes', 'outcome');
  return errors;
}

/** Gross forecast cost (kr., positive) of a cost item in a 1-based year: its payer and refund lines. */
export function forecastCost(projection: Projection, path: string, year: number): number {
  return -projection.lines.filter((l) => l.path === path && (l.kind === 'cost' || l.kind === 'refund'))
    .reduce((sum, l) => sum + (l.annual[year - 1] ?? 0), 0);
}

export function reproject(forecast: Scenario, followUp: FollowUp, model: Model, options: RunOptions = {}): Result<Reprojection, EngineError> {
  const pathErrors = checkFollowUpPaths(forecast, followUp);
  if (pathErrors.length) return { ok: false, errors: pathErrors };
  const scenario = JSON.parse(JSON.stringify(forecast)) as Scenario;
  delete scenario.followUp;
  delete scenario.decisionBasis;
  for (const r of followUp.participants ?? []) {
    const t = followUpTarget(scenario, r.path);
    if (t?.kind === 'cohort') t.cohort.count = r.count;
  }
  const latest = new Map<string, { months: number; share: number }>();
  for (const r of followUp.outcomes ?? []) {
    const seen = latest.get(r.path);
    if (!seen || r.monthsAfterStart >= seen.months) latest.set(r.path, { months: r.monthsAfterStart, share: r.share });
  }
  for (const [path, { share }] of latest) {
    const t = followUpTarget(scenario, path);
    if (t?.kind === 'outcome') t.outcome.treated = share;
  }
  const costs = followUp.costs ?? [];
  if (costs.length > 0) {
    const first = runScenario(scenario, model, options);
    if (!first.ok) return first;
    for (const r of costs) {
      const t = followUpTarget(scenario, r.path)!;
      if (t.kind !== 'cost') continue;
      const adjustment = r.amount - forecastCost(first.value, r.path, r.year);
      if (Math.abs(adjustment) < 1e-9) continue;
      scenario.targetGroups[t.g]!.interventions[t.i]!.costs.push({
        label: t.cost.label, realisedYear: r.year, amount: adjustment, basis: 'fixedPerYear',
        payer: t.cost.payer, category: t.cost.category, startMonth: (r.year - 1) * MONTHS_PER_YEAR, durationMonths: MONTHS_PER_YEAR,
        ...(t.cost.refund ? { refund: t.cost.refund } : {}),
        ...(r.source || r.date ? { source: [r.source, r.date].filter(Boolean).join(' ') } : {}),
      });
    }
  }
  const run = runScenario(scenario, model, options);
  return run.ok ? { ok: true, value: { scenario, projection: run.value } } : run;
}
