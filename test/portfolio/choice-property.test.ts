/**
 * The MIP choice equals exhaustive enumeration (docs/portfolio.md §4): on random small portfolios,
 * under every goal, with and without yearly limits, the solver's best set has the objective of the
 * best of all enumerated sets, and so does each runner-up in turn.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseExact, enumerateChoices, type CaseFlows, type ChoiceGoal, type ChoiceProblem, type MipSolver } from '../../src/engine';
import { loadMipSolver } from '../../src/optimise/highs-solver';

let solve: MipSolver;
beforeAll(async () => { solve = await loadMipSolver(); });

const YEARS = 5;
const money = fc.integer({ min: 0, max: 400 }).map((k) => k * 10_000);
const flows: fc.Arbitrary<CaseFlows> = fc.record({
  draw: fc.array(money, { minLength: YEARS, maxLength: YEARS }),
  repayment: fc.array(money, { minLength: YEARS, maxLength: YEARS }),
  npvLedger: fc.integer({ min: -2_000_000, max: 3_000_000 }),
  npvPublic: fc.integer({ min: -2_000_000, max: 6_000_000 }),
}).map((f) => ({ ...f, repaymentByDepartment: { '-': f.repayment } }));

const problem: fc.Arbitrary<ChoiceProblem> = fc.record({
  cases: fc.array(fc.array(flows, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
  amount: fc.integer({ min: 0, max: 600 }).map((k) => k * 10_000),
  limits: fc.option(fc.array(money, { minLength: YEARS, maxLength: YEARS }), { nil: undefined }),
  goal: fc.constantFrom<ChoiceGoal>('ledger-npv', 'public-npv', 'fastest-whole'),
}).map(({ cases, amount, limits, goal }) => ({
  goal,
  years: YEARS,
  pool: {
    amount, ledger: 'kommune', firstYear: 2027, periodYears: 4, repaymentShare: 1,
    ...(limits ? { yearlyDrawLimits: limits.map((a, t) => ({ year: 2027 + t, amount: a })) } : {}),
  },
  cases: cases.map((options, c) => ({ id: `c${c}`, label: `Case ${c}`, options: options.map((f, o) => ({ id: `o${o}`, label: `o${o}`, flows: f })) })),
}));

const key = (goal: ChoiceGoal, c: { objective: number; npvLedger: number }) => (goal === 'fastest-whole' ? [c.objective, Math.round(c.npvLedger)] : [Math.round(c.objective)]);

describe('the MIP choice and exhaustive enumeration agree', () => {
  it('on the best set and two runners-up, on random portfolios', () => {
    fc.assert(fc.property(problem, (p) => {
      const exact = chooseExact(p, solve, 2);
      const all = enumerateChoices(p, 2);
      expect(exact.best === null).toBe(all.best === null);
      if (!exact.best || !all.best) return;
      expect(key(p.goal, exact.best)).toEqual(key(p.goal, all.best));
      expect(exact.runnersUp.map((c) => key(p.goal, c))).toEqual(all.runnersUp.map((c) => key(p.goal, c)));
      expect(exact.best.balance.overdrawnYears).toEqual([]);
      expect(exact.binding.map((b) => [b.kind, b.year, b.unit, Math.round(b.gain)])).toEqual(all.binding.map((b) => [b.kind, b.year, b.unit, Math.round(b.gain)]));
      expect(exact.best.balance.overLimitYears).toEqual([]);
    }), { numRuns: 150 });
  });
});
