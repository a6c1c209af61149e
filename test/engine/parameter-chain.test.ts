/**
 * Long chains of parameters (issue 9, item 7): p0 = 1, p1 = p0 + 1, … Each parameter is resolved
 * once, on an explicit stack (no call-stack overflow), and the transitive dependencies a figure rests
 * on are worked out only when explain asks. Speed is measured in bench/chained-parameters.ts; here
 * only what the results are.
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
    expect(dependenciesOf(['constructor'], Object.create(null))).toEqual(['constructor']);
    expect(dependenciesOf(['toString'], {})).toEqual(['toString']);
  });
});
