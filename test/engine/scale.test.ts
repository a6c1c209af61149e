/**
 * Files far larger than any real case (issue 9, item 7), computed right: a chain of 20,000
 * parameters (p0 = 1, p1 = p0 + 1, …), resolved once each on an explicit stack (no call-stack
 * overflow), with the transitive dependencies worked out only when explain asks; and 100,000
 * cohorts, booked per distinct start month. Speed is measured in bench/scale.ts; here only results.
 */
import { describe, expect, it } from 'vitest';
import { checkGuardrails, explainFigure, runScenario } from '../../src/engine';
import { dependenciesOf } from '../../src/engine/scope';
import type { Parameter, Scenario } from '../../src/engine';
import { coreModel, cost, errorsOf, group, outcome, project, scenario } from './helpers';

const N = 20_000;

/** p0 = 1 and p_i = p_(i−1) + 1, so p_i = i + 1. */
function chain(n: number): Record<string, Parameter> {
  const parameters: Record<string, Parameter> = {};
  for (let i = 0; i < n; i++) parameters[`p${i}`] = { value: i === 0 ? 1 : `p${i - 1} + 1` };
  return parameters;
}

/** One participant; a one-off cost of p_(n−1) kr. to the kommune in year 1. */
function chained(n: number): Scenario {
  return scenario([group({ costs: [cost({ amount: `p${n - 1}` })] })], {}, { parameters: chain(n) });
}

describe('a chain of 20,000 parameters', () => {
  const model = coreModel();
  const s = chained(N);
  const p = project(s, model);

  it('gives every parameter its value: p_i = i + 1, so the cost is −20,000 kr.', () => {
    expect(p.values.p0).toBe(1);
    expect(p.values.p9999).toBe(10_000);
    expect(p.values.p19999).toBe(20_000);
    for (let i = 0; i < N; i++) if (p.values[`p${i}`] !== i + 1) throw new Error(`p${i} = ${p.values[`p${i}`]}`);
    expect(p.ledgers.kommune!.annual[0]).toBe(-20_000);
  });

  it('stores only what each parameter reads directly', () => {
    expect(p.uses.p0).toEqual([]);
    expect(p.uses.p1).toEqual(['p0']);
    expect(p.uses.p19999).toEqual(['p19998']);
  });

  it('explains the cost by all 20,000 parameters, each once with its value', () => {
    const e = explainFigure(p, s, model, { ledger: 'kommune', year: 1, measure: 'annual' });
    expect(e.value).toBe(-20_000);
    expect(e.dependencies).toHaveLength(N);
    expect(new Set(e.dependencies.map((d) => d.name)).size).toBe(N);
    const byName = Object.fromEntries(e.dependencies.map((d) => [d.name, d]));
    expect(byName.p0).toMatchObject({ kind: 'parameter', value: 1 });
    expect(byName.p12345).toMatchObject({ kind: 'parameter', value: 12_346 });
  });

  it('finds an average unit cost at the far end of the chain (guardrail)', () => {
    const withOutcome = scenario(
      [group({ outcomes: [outcome({}, 0)] })], {}, { parameters: { ...chain(N), p0: { value: 1, note: 'Gennemsnitlig udgift (register)' } } },
    );
    const v = withOutcome.targetGroups[0]!.interventions[0]!.outcomes[0]!.value;
    if (v.type === 'direct') v.perPersonYear[0]!.amount = `p${N - 1}`;
    const projection = project(withOutcome, model);
    const findings = checkGuardrails({ scenario: withOutcome, model, projection }).filter((f) => f.kind === 'averageUnitCost');
    expect(findings.map((f) => f.refs?.name)).toEqual(['p0']);
  });

  it('reports a cycle that closes over the whole chain once, at the parameter it returns to', () => {
    const cyclic = chained(N);
    cyclic.parameters.p0 = { value: `p${N - 1} + 1` };
    const errors = errorsOf(cyclic, model).filter((e) => e.message.includes('cycle'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('parameters.p0.value');
    // The walk starts at p0 and follows the reads down to p1, which reads p0 again.
    expect(errors[0]!.message.startsWith(`the parameters refer to each other in a cycle: p0 → p${N - 1} → p${N - 2} → `)).toBe(true);
    expect(errors[0]!.message.endsWith(' → p1 → p0')).toBe(true);
  });

  it('runs with an override in the middle of the chain: p10000 := 0 gives p19999 = 9,999', () => {
    const run = runScenario(s, model, { overrides: { p10000: 0 } });
    if (!run.ok) throw new Error(JSON.stringify(run.errors));
    expect(run.value.values.p9999).toBe(10_000);
    expect(run.value.values.p19999).toBe(9_999); // 0 + 9,999 steps of +1
    expect(run.value.uses.p10000).toEqual([]);
  });
});

describe('dependenciesOf', () => {
  // a reads b and c; b reads d; c reads d and e: a depth-first walk meets a, b, d, c, e.
  const uses = { a: ['b', 'c'], b: ['d'], c: ['d', 'e'], d: [], e: [] };

  it('lists each name once, itself included, in depth-first order', () => {
    expect(dependenciesOf(['a'], uses)).toEqual(['a', 'b', 'd', 'c', 'e']);
    expect(dependenciesOf(['c', 'b'], uses)).toEqual(['c', 'd', 'e', 'b']);
  });

  it('keeps a name the scope does not know, and ends on a cycle', () => {
    expect(dependenciesOf(['x'], uses)).toEqual(['x']);
    expect(dependenciesOf(['a'], { a: ['b'], b: ['a'] })).toEqual(['a', 'b']);
  });

  it('does not find Object.prototype members', () => {
    expect(dependenciesOf(['constructor'], Object.create(null) as Record<string, string[]>)).toEqual(['constructor']);
    expect(dependenciesOf(['toString'], {})).toEqual(['toString']);
  });
});

describe('100,000 cohorts in one target group', () => {
  // 1.200 kr. once per participant, paid by the kommune in the participant's first month.
  const perParticipant = cost({ amount: 1200, basis: 'perParticipantOnce' });
  const cohorts = (n: number, start: (c: number) => number) => Array.from({ length: n }, (_, c) => ({ count: 1 + (c % 3), startMonth: start(c) }));

  it('books every cohort: counts 1, 2, 3, 1, … sum to 199.999 participants, 1.200 kr. each, in the year each starts', () => {
    // c % 3 = 0, 1, 2 → counts 1, 2, 3; 100,000 = 3 × 33,333 + 1, so 33,334 ones, 33,333 twos and threes:
    // 33,334 + 66,666 + 99,999 = 199,999. Cohort c starts in month c % 24: year 1 for c % 24 < 12.
    const s = scenario([group({ costs: [perParticipant], cohorts: cohorts(100_000, (c) => c % 24) })], { horizonYears: 2 });
    const p = project(s);
    expect(p.participants).toBe(199_999);
    const [year1, year2] = p.ledgers.kommune!.annual;
    expect(year1! + year2!).toBe(-199_999 * 1200);
    // Year 1 holds the cohorts with c % 24 < 12; by hand the participants there sum like this:
    let inYear1 = 0;
    for (let c = 0; c < 100_000; c++) if (c % 24 < 12) inYear1 += 1 + (c % 3);
    expect(year1).toBe(-inYear1 * 1200);
  });

  it('gives the same result as the cohorts merged by start month, and reports a bad cohort at its own path', () => {
    const many = project(scenario([group({ costs: [perParticipant], cohorts: cohorts(100_000, () => 0) })]));
    const one = project(scenario([group({ costs: [perParticipant], cohorts: [{ count: 199_999, startMonth: 0 }] })]));
    expect(many.ledgers.kommune!.annual).toEqual(one.ledgers.kommune!.annual);
    expect(many.total.cumulative).toEqual(one.total.cumulative);
    const bad = cohorts(100_000, () => 0);
    bad[54_321] = { count: -1, startMonth: 0 };
    expect(errorsOf(scenario([group({ costs: [perParticipant], cohorts: bad })]))).toEqual([
      { path: 'targetGroups[0].cohorts[54321].count', message: 'expected 0 or more, got -1' },
    ]);
  });
});
