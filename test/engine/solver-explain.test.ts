/**
 * The break-even solver and explainFigure (docs/semantics.md "Results").
 *
 * Solver case: a fixed cost `udgift` to the kommune in month 0 (year 1, factor 1) and one person
 * worth 2,400 kr. a year to the stat in year 2, flat 5 % with start timing (factor 1/1.05).
 * NPV(udgift) = 2,400/1.05 − udgift, so the break-even cost is 2,400/1.05 = 2,285.714285…
 */
import { describe, expect, it } from 'vitest';
import { closeTo } from '../matchers';
import { explainFigure, runScenario, solveBreakEven, unusedParameters, wholeValued } from '../../src/engine';
import { cost, coreModel, dkModel, group, outcome, project, scenario } from './helpers';
import type { Scenario } from '../../src/engine';

const RESIDUAL_TOLERANCE_DKK = 1e-6;
const ROOT = 2_400 / 1.05;

function solverCase(udgift: { value: number; min?: number; max?: number } = { value: 1_000 }, amount = 'udgift'): Scenario {
  const g = group({ costs: [cost({ amount })], outcomes: [outcome({ startMonth: 12, durationMonths: 12 }, 2_400)] });
  return scenario([g], { horizonYears: 2, discount: { preset: 'flat-5' } }, { parameters: { udgift } });
}

describe('solveBreakEven', () => {
  it('finds the cost at which the total NPV is zero: 2,400/1.05', () => {
    const r = solveBreakEven(solverCase(), coreModel(), { parameter: 'udgift', ledger: 'total', metric: 'npv', range: [0, 10_000] });
    expect(r.ok && r.value.found && r.value.value).toBeCloseTo(ROOT, 6);
  });

  it('gives an answer that, put back in as the parameter\'s value, makes |NPV| < 1e-6', () => {
    const r = solveBreakEven(solverCase(), coreModel(), { parameter: 'udgift', ledger: 'total', metric: 'npv', range: [0, 10_000] });
    if (!r.ok || !r.value.found) throw new Error('expected a solution');
    const back = project(solverCase({ value: r.value.value }));
    expect(Math.abs(back.total.npv)).toBeLessThan(RESIDUAL_TOLERANCE_DKK);
  });

  it('searches the parameter\'s own min/max when no range is given', () => {
    const r = solveBreakEven(solverCase({ value: 1_000, min: 0, max: 5_000 }), coreModel(), { parameter: 'udgift', ledger: 'total', metric: 'npv' });
    expect(r.ok && r.value.found && r.value.range).toEqual([0, 5_000]);
    expect(r.ok && r.value.found && r.value.value).toBeCloseTo(ROOT, 6);
  });

  it('solves the cumulative net at a chosen year: 2,400 − udgift = 0 at year 2', () => {
    const r = solveBreakEven(solverCase(), coreModel(), { parameter: 'udgift', ledger: 'total', metric: 'cumulative', year: 2, range: [0, 10_000] });
    expect(r.ok && r.value.found && r.value.value).toBeCloseTo(2_400, 6);
  });

  it('says "no solution" when the range holds no root', () => {
    const r = solveBreakEven(solverCase(), coreModel(), { parameter: 'udgift', ledger: 'total', metric: 'npv', range: [0, 1_000] });
    expect(r).toEqual({ ok: true, value: { found: false, range: [0, 1_000], reason: { kind: 'noSignChange' } } });
  });

  it('says "no solution" when the parameter does not move the target (the stat\'s NPV ignores the kommune\'s cost)', () => {
    const r = solveBreakEven(solverCase(), coreModel(), { parameter: 'udgift', ledger: 'stat', metric: 'npv', range: [0, 10_000] });
    expect(r.ok && r.value.found).toBe(false);
  });

  it('refuses an unknown parameter and an unknown ledger', () => {
    const p = solveBreakEven(solverCase(), coreModel(), { parameter: 'pris', ledger: 'total', metric: 'npv' });
    expect(p).toEqual({ ok: false, errors: [{ path: 'parameters', message: "unknown parameter 'pris' (known: udgift)" }] });
    const l = solveBreakEven(solverCase(), coreModel(), { parameter: 'udgift', ledger: 'fond', metric: 'npv' });
    expect(!l.ok && l.errors[0]!.path).toBe('target');
  });

  it('reports no solution, not a wrong number, when the target jumps across zero', () => {
    const s = solverCase({ value: 1_000 }, 'round(udgift) + 0.5');
    const r = solveBreakEven(s, coreModel(), { parameter: 'udgift', ledger: 'total', metric: 'cumulative', range: [0, 10_000] });
    expect(r.ok && r.value.found).toBe(false);
    expect(r.ok && !r.value.found && r.value.reason.kind).toBe('jump');
  });
});

describe('solveBreakEven on a whole-month field', () => {
  /*
   * A once-cost of 1,100 kr. in year 1 and an effect worth 2,400 kr. a person-year (200 kr. a month)
   * from month 12 for `varighed` months: the cumulative net at year 2 is −1,100 + 200 × varighed, which
   * the whole months make a step function: −100 at 5 months, +100 at 6. The smallest whole duration
   * that pays back is 6 months.
   */
  const monthCase = (unit?: string): Scenario => scenario(
    [group({ costs: [cost({ amount: 1_100 })], outcomes: [outcome({ startMonth: 12, durationMonths: 'varighed' }, 2_400)] })],
    { horizonYears: 2 }, { parameters: { varighed: { value: 3, min: 0, max: 12, ...(unit ? { unit } : {}) } } });
  const target = { parameter: 'varighed', ledger: 'total', metric: 'cumulative', year: 2 } as const;

  it('without the whole flag finds only a jump near 5.5 (the step the round() makes)', () => {
    const r = solveBreakEven(monthCase(), coreModel(), target);
    expect(r.ok && !r.value.found && r.value.reason).toEqual({ kind: 'jump', near: closeTo(5.5, 6) });
  });

  it('with it answers the smallest whole month that meets the target: 6, where the net is +100', () => {
    const r = solveBreakEven(monthCase(), coreModel(), { ...target, whole: true });
    expect(r.ok && r.value).toMatchObject({ found: true, value: 6, residual: closeTo(100, 6), whole: true });
  });

  it('searches a wide interval of whole values too (0–1,200 months: the scan steps 38 at a time, then halves)', () => {
    const s = monthCase();
    s.parameters.varighed = { value: 3, min: 0, max: 1_200 };
    const r = solveBreakEven(s, coreModel(), { ...target, whole: true });
    expect(r.ok && r.value.found && r.value.value).toBe(6);
  });

  it('takes a falling target to the largest whole value that still meets it', () => {
    // A cost of 100 kr. a month for `varighed` months against one month of gain worth 550 kr.:
    // 550 − 100 × m ≥ 0 up to m = 5 (+50); at 6 it is −50.
    const g = group({ costs: [cost({ amount: 1_200, basis: 'fixedPerYear', durationMonths: 'varighed' })], outcomes: [outcome({ durationMonths: 1 }, 550 * 12)] });
    const s = scenario([g], {}, { parameters: { varighed: { value: 2, min: 0, max: 12 } } });
    const r = solveBreakEven(s, coreModel(), { parameter: 'varighed', ledger: 'total', metric: 'npv', whole: true });
    expect(r.ok && r.value).toMatchObject({ found: true, value: 5, residual: closeTo(50, 6) });
  });

  it('knows which parameters take whole values: a months unit, a month field reading it, a count of persons', () => {
    expect(wholeValued(monthCase(), 'varighed')).toBe('months');
    expect(wholeValued(monthCase('months'), 'varighed')).toBe('months');
    expect(wholeValued(monthCase('persons'), 'varighed')).toBe('persons');
    expect(wholeValued(monthCase('share'), 'varighed')).toBeNull();
    expect(wholeValued(solverCase(), 'udgift')).toBeNull();
  });
});

describe('unusedParameters', () => {
  it('names the parameters nothing reads, directly or through another parameter', () => {
    const s = solverCase();
    s.parameters.pris = { value: 2 };
    s.parameters.udgift = { value: 'pris * 500' };
    s.parameters.ubrugt = { value: 7, label: 'udgift' };
    s.parameters.ubrugt_afledt = { value: 'ubrugt * 2' };
    expect(unusedParameters(s, project(s))).toEqual(['ubrugt', 'ubrugt_afledt']);
  });
});

describe('explainFigure', () => {
  /*
   * Fixed cost `udgift` = 1,000 to kommune/beskaeftigelse, and one person moved from kontanthjælp
   * to work for month 0 at 4 weeks' seniority (stat refusion 40 %):
   *   kommune: −1,000 + 14,203 × 0.6 + 0.25 × (25,000 − 14,203) = −1,000 + 8,521.80 + 2,699.25 = 10,221.05
   *   stat:    14,203 × 0.4 + 0.12 × 10,797 = 5,681.20 + 1,295.64 = 6,976.84;  total 17,197.89
   */
  const s = scenario([group({
    startingSeniorityWeeks: 4,
    costs: [cost({ amount: 'udgift', payer: { ledger: 'kommune', department: 'beskaeftigelse' } })],
    outcomes: [outcome({ durationMonths: 1, value: { type: 'derived', from: 'kontanthjaelp_forsoerger', to: 'ordinaer_beskaeftigelse' } })],
  })], { horizonYears: 2 }, { parameters: { udgift: { value: 1_000, label: 'Udgift', source: 'Budget 2027' } } });
  const model = dkModel();
  const run = runScenario(s, model);
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  const p = run.value;

  it('explains a ledger\'s figure with contributions that sum to it', () => {
    const e = explainFigure(p, s, model, { ledger: 'kommune', year: 1, measure: 'annual' });
    expect(e.value).toBeCloseTo(10_221.05, 6);
    expect(e.contributions.reduce((sum, c) => sum + c.value, 0)).toBeCloseTo(p.ledgers.kommune!.annual[0]!, 9);
  });

  it('narrows to a department, to "no department" (null) and to a category', () => {
    expect(explainFigure(p, s, model, { ledger: 'kommune', department: 'beskaeftigelse', year: 1, measure: 'annual' }).value)
      .toBeCloseTo(7_521.8, 6); // −1,000 + 8,521.80
    expect(explainFigure(p, s, model, { ledger: 'kommune', department: null, year: 1, measure: 'annual' }).value)
      .toBeCloseTo(2_699.25, 6);
    expect(explainFigure(p, s, model, { ledger: 'total', category: 'taxes', year: 1, measure: 'annual' }).value)
      .toBeCloseTo(2_699.25 + 1_295.64, 6);
  });

  it('explains a cumulative total: 17,197.89 by year 2, as in the projection', () => {
    const e = explainFigure(p, s, model, { ledger: 'total', year: 2, measure: 'cumulative' });
    expect(e.value).toBeCloseTo(17_197.89, 6);
    expect(e.value).toBeCloseTo(p.total.cumulative[1]!, 9);
  });

  it('lists the parameters and catalogue constants behind the figure, with their sources', () => {
    const e = explainFigure(p, s, model, { ledger: 'kommune', year: 1, measure: 'annual' });
    const byName = Object.fromEntries(e.dependencies.map((d) => [d.name, d]));
    expect(byName.udgift).toMatchObject({ kind: 'parameter', value: 1_000, label: 'Udgift', source: 'Budget 2027' });
    expect(byName.kontanthjaelp_30_forsoerger_maaned).toMatchObject({
      kind: 'constant', value: 14_203, unit: 'DKK/month',
      source: 'Ekspertgruppen om udredning af den aktive beskæftigelsesindsats, Nye veje mod job – for borgere i udkanten af arbejdsmarkedet, 2015, Tabel 7.7',
    });
    expect(byName.kommuneskat_sats).toMatchObject({ kind: 'constant', value: 0.25, example: true });
    expect(byName.loen_ordinaer_beskaeftigelse_maaned).toMatchObject({ kind: 'constant', value: 25_000 });
  });

  it('explains the "-" department of projection.departments when asked for "-"', () => {
    const e = explainFigure(p, s, model, { ledger: 'kommune', department: '-', year: 1, measure: 'annual' });
    expect(e.value).toBeCloseTo(p.departments['kommune/-']!.annual[0]!, 9); // 2,699.25
  });

  it('leaves out lines that contribute nothing to the figure', () => {
    // The cost is in year 1 only; in year 2 nothing is booked.
    const e = explainFigure(p, s, model, { ledger: 'kommune', year: 2, measure: 'annual' });
    expect(e.contributions).toEqual([]);
    expect(e.value).toBe(0);
  });
});
