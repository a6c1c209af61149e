/**
 * Each line's monthly profile, read off the engine's yearly totals (for the payback time, which the
 * engine finds on the monthly series). The scenario is run 12 times, every target group with one
 * participant starting in month s = 0 … 11 and every fixed cost moved s months later. With T_y(s) the
 * line's year-y total in run s and p(k) its flow in participant (or, for a fixed cost, scenario) month k:
 *   T_y(s) = Σ p(k) for k in [12y − s, 12y + 12 − s), so p(12y + 11 − s) = T_y(s) − T_y(s + 1) + p(12y − s − 1),
 * with T_y(12) = T_{y−1}(0) (a start 12 months later is the previous year), T_0(12) = 0 and p(k < 0) = 0.
 */
import { MONTHS_PER_YEAR, runScenario, type Amount, type Model, type Scenario } from '../../engine';

export function monthlyProfiles(unit: Scenario, model: Model, evaluate: (a: Amount) => number): Map<string, number[]> {
  const totals: Map<string, number[]>[] = [];
  for (let s = 0; s < MONTHS_PER_YEAR; s++) {
    const shifted: Scenario = {
      ...unit,
      targetGroups: unit.targetGroups.map((g) => ({
        ...g,
        cohorts: g.cohorts.length > 0 ? [{ count: 1, startMonth: s }] : [],
        interventions: g.interventions.map((iv) => ({
          ...iv,
          costs: iv.costs.map((c) => (c.basis.startsWith('fixed') ? { ...c, startMonth: Math.round(evaluate(c.startMonth ?? 0)) + s } : c)),
        })),
      })),
    };
    const run = runScenario(shifted, model);
    totals.push(new Map(run.ok ? run.value.lines.map((l) => [l.id, l.annual]) : []));
  }
  const out = new Map<string, number[]>();
  for (const id of totals[0]!.keys()) {
    const T = (y: number, s: number): number => {
      if (s === MONTHS_PER_YEAR) return y === 0 ? 0 : T(y - 1, 0);
      return totals[s]!.get(id)?.[y] ?? 0;
    };
    const years = totals[0]!.get(id)!.length;
    const p = new Array<number>(years * MONTHS_PER_YEAR).fill(0);
    for (let y = 0; y < years; y++) {
      for (let s = MONTHS_PER_YEAR - 1; s >= 0; s--) {
        const before = 12 * y - s - 1;
        p[12 * y + 11 - s] = T(y, s) - T(y, s + 1) + (before >= 0 ? p[before]! : 0);
      }
    }
    out.set(id, p);
  }
  return out;
}
