/**
 * The invariants of docs/semantics.md ("Invariants the tests must hold"), as properties over random
 * valid scenarios (arbitraries.ts). Tolerances are named in support.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAYBACK_TOLERANCE_DKK, solveBreakEven } from '../../src/engine';
import { scenarioArb } from './arbitraries';
import {
  close, isFixed, mapGroups, mapInterventions, MODEL, NUM_RUNS, referenceCostsByYear, RELATIVE_TOLERANCE, run, scaleOf,
  SOLVER_NUM_RUNS, SOLVER_RESIDUAL_TOLERANCE_DKK,
} from './support';
import type { Projection } from '../../src/engine';

const property = <T extends unknown[]>(p: fc.IPropertyWithHooks<T>, numRuns = NUM_RUNS) => fc.assert(p, { numRuns });

/** Expects two projections of scenarios with the same lines to have equal totals, year by year. */
function sameTotals(a: Projection, b: Projection): void {
  const scale = Math.max(scaleOf(a), scaleOf(b));
  a.total.annual.forEach((v, y) => expect(close(v, b.total.annual[y]!, scale), `year ${y + 1}: ${v} vs ${b.total.annual[y]}`).toBe(true));
  expect(close(a.total.npv, b.total.npv, scale)).toBe(true);
}

describe('invariants', () => {
  it('the ledgers sum to the total, per year and in NPV; the departments sum to their ledger', () => {
    property(fc.property(scenarioArb, (s) => {
      const p = run(s);
      const scale = scaleOf(p);
      const ledgers = Object.values(p.ledgers);
      p.total.annual.forEach((total, y) => {
        expect(close(ledgers.reduce((sum, l) => sum + l.annual[y]!, 0), total, scale)).toBe(true);
      });
      expect(close(ledgers.reduce((sum, l) => sum + l.npv, 0), p.total.npv, scale)).toBe(true);
      for (const [id, ledger] of Object.entries(p.ledgers)) {
        const depts = Object.entries(p.departments).filter(([key]) => key.startsWith(`${id}/`)).map(([, d]) => d);
        ledger.annual.forEach((v, y) => expect(close(depts.reduce((sum, d) => sum + d.annual[y]!, 0), v, scale)).toBe(true));
      }
    }));
  });

  it('refunds never change the total: removing every refund leaves it as it was', () => {
    property(fc.property(scenarioArb, (s) => {
      const without = mapInterventions(s, (iv) => ({ ...iv, costs: iv.costs.map((c) => ({ ...c, refund: undefined })) }));
      sameTotals(run(s), run(without));
    }));
  });

  it('refusion never changes the total: any refusion rule and any starting seniority give the same total', () => {
    property(fc.property(
      scenarioArb, fc.constantFrom('refusion_2016', 'refusion_passiv_30', 'refusion_aktiv_50', 'dagpenge_medfinansiering'),
      fc.integer({ min: 0, max: 120 }),
      (s, rule, weeks) => {
        const other = mapGroups({ ...s, settings: { ...s.settings, refusionRule: rule } }, (g) => ({ ...g, startingSeniorityWeeks: weeks }));
        sameTotals(run(s), run(other));
      },
    ));
  });

  it('doubling every cohort doubles every per-participant flow and leaves fixed costs alone', () => {
    property(fc.property(scenarioArb, (s) => {
      const doubled = mapGroups(s, (g) => ({ ...g, cohorts: g.cohorts.map((c) => ({ ...c, count: 2 * Number(c.count) })) }));
      const a = run(s);
      const b = run(doubled);
      const scale = 2 * scaleOf(a);
      expect(b.participants).toBe(2 * a.participants);
      a.lines.forEach((line, i) => {
        const factor = isFixed(s, line) ? 1 : 2;
        line.annual.forEach((v, y) => expect(close(b.lines[i]!.annual[y]!, factor * v, scale)).toBe(true));
      });
    }));
  });

  it('shifting every cohort by 12 months shifts its flows by one year within the horizon', () => {
    property(fc.property(scenarioArb, (s) => {
      const shifted = mapGroups(s, (g) => ({ ...g, cohorts: g.cohorts.map((c) => ({ ...c, startMonth: Number(c.startMonth) + 12 })) }));
      const a = run(s);
      const b = run(shifted);
      const scale = scaleOf(a);
      a.lines.forEach((line, i) => {
        const moved = b.lines[i]!.annual;
        if (isFixed(s, line)) {
          line.annual.forEach((v, y) => expect(close(moved[y]!, v, scale)).toBe(true));
          return;
        }
        expect(close(moved[0]!, 0, scale)).toBe(true);
        for (let y = 0; y + 1 < line.annual.length; y++) expect(close(moved[y + 1]!, line.annual[y]!, scale)).toBe(true);
      });
    }));
  });

  it('zero effect gives net = −costs, the costs computed independently of the engine', () => {
    property(fc.property(scenarioArb, (s) => {
      const noEffect = mapInterventions(s, (iv) => ({
        ...iv, outcomes: iv.outcomes.map((o) => ({ ...o, counterfactual: o.treated, lockIn: undefined })),
      }));
      const p = run(noEffect);
      const costs = referenceCostsByYear(noEffect);
      const scale = costs.reduce((sum, c) => sum + Math.abs(c), 0);
      p.total.annual.forEach((v, y) => expect(close(v, -costs[y]!, scale), `year ${y + 1}: ${v} vs ${-costs[y]!}`).toBe(true));
      expect(p.total.totalGains).toBe(0);
    }));
  });

  it('a zero discount rate gives NPV = the undiscounted sum, whatever the timing', () => {
    property(fc.property(scenarioArb, (s) => {
      const zero = { ...s, settings: { ...s.settings, discount: { bands: [{ fromYear: 1, rate: 0 }] } } };
      const p = run(zero);
      const scale = scaleOf(p);
      for (const series of [p.total, ...Object.values(p.ledgers)]) {
        expect(close(series.npv, series.cumulative[series.cumulative.length - 1]!, scale)).toBe(true);
        expect(series.discounted).toEqual(series.annual);
      }
    }));
  });

  it('the payback time (from the monthly series) agrees with the annual cumulative nets', () => {
    // Annual figures and the monthly series behind the payback time are summed separately, so
    // check they tell the same story: 0 → never negative at a year end; null → negative at the
    // horizon; p → at or above zero at every year end from p on.
    property(fc.property(scenarioArb, (s) => {
      const p = run(s);
      const scale = scaleOf(p);
      for (const series of [p.total, ...Object.values(p.ledgers)]) {
        const last = series.cumulative[series.cumulative.length - 1]!;
        const atOrAbove = (y: number) => series.cumulative[y]! >= -RELATIVE_TOLERANCE * (1 + scale) - PAYBACK_TOLERANCE_DKK;
        if (series.paybackYears === null) expect(last).toBeLessThan(0);
        else {
          expect(series.paybackYears).toBeGreaterThanOrEqual(0);
          expect(series.paybackYears).toBeLessThanOrEqual(p.horizonYears);
          for (let y = Math.ceil(series.paybackYears); y <= p.horizonYears; y++) if (y > 0) expect(atOrAbove(y - 1)).toBe(true);
        }
      }
    }));
  });

  it('the solver\'s answer, put back in, gives |NPV| below the tolerance', () => {
    // An extra fixed cost of p_cost in month 0 makes the total NPV strictly decreasing in p_cost,
    // and [−1e9, 1e9] is wide enough for every generated scenario, so there is always a root.
    property(fc.property(scenarioArb, (generated) => {
      const s = mapGroups(generated, (g) => g.id !== 'g0' ? g : {
        ...g, interventions: [{ id: 'break-even', label: 'Break-even', costs: [{ label: 'p', amount: 'p_cost', basis: 'fixedOnce', payer: { ledger: 'kommune' }, category: 'intervention' }], outcomes: [] }, ...g.interventions],
      });
      const r = solveBreakEven(s, MODEL, { parameter: 'p_cost', ledger: 'total', metric: 'npv', range: [-1e9, 1e9] });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      if (!r.value.found) throw new Error(`no root: ${JSON.stringify(r.value.reason)}`);
      const back = run({ ...s, parameters: { ...s.parameters, p_cost: { value: r.value.value } } });
      expect(Math.abs(back.total.npv)).toBeLessThan(SOLVER_RESIDUAL_TOLERANCE_DKK);
    }), SOLVER_NUM_RUNS);
  });
});
