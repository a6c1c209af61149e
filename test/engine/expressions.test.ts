/**
 * Expressions and parameters (docs/semantics.md "Parameters and expressions"): any numeric field may be
 * an expression over parameters and catalogue constants, in a restricted mathjs scope. Errors carry
 * the path of the field. Each value is read back as a fixed cost of that many kroner in month 0.
 */
import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/engine';
import { cost, coreModel, dkModel, errorsOf, group, outcome, project, scenario } from './helpers';
import type { Model, Outcome, Parameter } from '../../src/engine';

const AMOUNT = 'targetGroups[0].interventions[0].costs[0].amount';
const OUTCOME = 'targetGroups[0].interventions[0].outcomes[0]';

function withAmount(amount: string | number, parameters: Record<string, Parameter> = {}) {
  return scenario([group({ costs: [cost({ amount })] })], {}, { parameters });
}

function valueOf(amount: string, parameters: Record<string, Parameter> = {}, model: Model = coreModel()): number {
  return -project(withAmount(amount, parameters), model).total.annual[0]!;
}

describe('expressions', () => {
  it('does arithmetic with the usual precedence', () => {
    expect(valueOf('2 * (3 + 4) - 10 / 4')).toBe(11.5); // 14 − 2.5
    expect(valueOf('2^10 - -1')).toBe(1_025);
  });

  it('has min, max and round', () => {
    expect(valueOf('min(3, 7) + max(3, 7) + round(2.4)')).toBe(12); // 3 + 7 + 2
  });

  it('has comparisons and conditionals', () => {
    expect(valueOf('p > 5 ? 100 : 200', { p: { value: 6 } })).toBe(100);
    expect(valueOf('p > 5 ? 100 : 200', { p: { value: 5 } })).toBe(200);
  });

  it('lets parameters refer to parameters, in any order', () => {
    // c = a + b = 2 + 2 × 3 = 8.
    expect(valueOf('c', { c: { value: 'a + b' }, b: { value: 'a * 3' }, a: { value: 2 } })).toBe(8);
  });

  it('reads catalogue constants by id', () => {
    expect(valueOf('kontanthjaelp_30_forsoerger_maaned * 2', {}, dkModel())).toBe(28_406);
  });

  it('lets a parameter with a constant\'s id replace the constant, in derived values too', () => {
    const o: Outcome = outcome({ durationMonths: 1, value: { type: 'derived', from: 'kontanthjaelp_forsoerger', to: 'ordinaer_beskaeftigelse' } });
    const s = scenario([group({ outcomes: [o] })], {}, { parameters: { kommuneskat_sats: { value: 0.3 } } });
    const p = project(s, dkModel());
    // Kommune taxes: 0.3 × (25,000 − 14,203) = 3,239.10 instead of 0.25 × 10,797 = 2,699.25.
    expect(p.departments['kommune/-']!.annual[0]).toBeCloseTo(3_239.1, 6);
    expect(p.values.kommuneskat_sats).toBe(0.3);
  });

  it('reports an unknown name with the path of the field', () => {
    expect(errorsOf(withAmount('x * 2'))).toEqual([{ path: AMOUNT, message: "unknown name 'x' in 'x * 2'" }]);
    expect(errorsOf(withAmount('a', { a: { value: 'y + 1' } }))).toEqual([
      { path: 'parameters.a.value', message: "unknown name 'y' in 'y + 1'" },
    ]);
  });

  it('reports a cycle once, at the parameter where it closes, and not again where it is used', () => {
    const errors = errorsOf(withAmount('a', { a: { value: 'b + 1' }, b: { value: 'a + 1' } }));
    expect(errors).toEqual([{ path: 'parameters.a.value', message: 'the parameters refer to each other in a cycle: a → b → a' }]);
    expect(errorsOf(withAmount('1', { s: { value: 's * 2' } }))[0]).toEqual({
      path: 'parameters.s.value', message: 'the parameters refer to each other in a cycle: s → s',
    });
  });

  const forbidden: [string, string][] = [
    ['a = 1', 'AssignmentNode'],
    ['f(x) = x', 'FunctionAssignmentNode'],
    ['a.b', 'AccessorNode'],
    ['import("fs")', "the function 'import' is not allowed"],
    ['evaluate("1")', "the function 'evaluate' is not allowed"],
    ['"1"', 'only numbers are allowed'],
    ['[1, 2]', 'ArrayNode'],
    ['cos(0)', "the function 'cos' is not allowed"],
    ['5!', "the operator '!' is not allowed"],
  ];
  for (const [text, why] of forbidden) {
    it(`refuses ${text} with the field path`, () => {
      const errors = errorsOf(withAmount(text));
      expect(errors).toHaveLength(1);
      expect(errors[0]!.path).toBe(AMOUNT);
      expect(errors[0]!.message).toContain(why);
    });
  }

  it('refuses a forbidden construct inside a parameter at the parameter\'s path', () => {
    expect(errorsOf(withAmount('p', { p: { value: 'p2 = 3' } }))[0]!.path).toBe('parameters.p.value');
  });

  it('refuses empty text, unreadable text and values that are not finite numbers', () => {
    expect(errorsOf(withAmount(' '))[0]!.message).toBe('expected a number or an expression, got an empty text');
    expect(errorsOf(withAmount('2 *'))[0]!.message).toContain("cannot read the expression '2 *'");
    expect(errorsOf(withAmount('1 / 0'))[0]!.message).toBe("'1 / 0' gives Infinity, not a finite number");
    expect(errorsOf(withAmount('1 == 1'))[0]!.message).toBe("'1 == 1' gives true, not a finite number");
    expect(errorsOf(withAmount(Number.NaN))[0]!.message).toBe('expected a finite number, got NaN');
  });

  it('reports a name such as toString as unknown, like any other unknown name', () => {
    expect(errorsOf(withAmount('toString * 2'))).toEqual([{ path: AMOUNT, message: "unknown name 'toString' in 'toString * 2'" }]);
  });

  it('collects the names an expression reads', () => {
    const compiled = compileExpression('max(a, b) * c + 2');
    expect(compiled.ok && [...compiled.value.names].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('field checks', () => {
  function outcomeErrors(fields: Partial<Outcome>) {
    return errorsOf(scenario([group({ outcomes: [outcome(fields)] })]));
  }

  it('refuses months typed as numbers that are not whole, with the path, and rounds an expression to the nearest month', () => {
    expect(outcomeErrors({ startMonth: 1.5 })).toEqual([
      { path: `${OUTCOME}.startMonth`, message: 'expected a whole number of months, 0 or more, got 1.5' },
    ]);
    // 12 / 5 = 2.4 → 2 months; 12 / 5 − 3 = −0.6 → −1, which is refused.
    expect(project(scenario([group({ outcomes: [outcome({ durationMonths: '12 / 5' })] })])).lines.length).toBeGreaterThan(0);
    expect(outcomeErrors({ durationMonths: '12 / 5 - 3' })[0]!.path).toBe(`${OUTCOME}.durationMonths`);
    expect(errorsOf(scenario([group({ costs: [cost({ startMonth: -1 })] })]))[0]).toEqual({
      path: 'targetGroups[0].interventions[0].costs[0].startMonth', message: 'expected a whole number of months, 0 or more, got -1',
    });
    expect(errorsOf(scenario([group({ cohorts: [{ count: 1, startMonth: 0.5 }] })]))[0]!.path).toBe('targetGroups[0].cohorts[0].startMonth');
  });

  it('refuses shares outside [0, 1], with the path', () => {
    expect(outcomeErrors({ treated: 1.2 })).toEqual([{ path: `${OUTCOME}.treated`, message: 'expected a value from 0 to 1, got 1.2' }]);
    expect(outcomeErrors({ counterfactual: -0.1 })[0]!.path).toBe(`${OUTCOME}.counterfactual`);
    expect(outcomeErrors({ decay: { type: 'exponential', ratePerYear: 1.5 } })[0]!.path).toBe(`${OUTCOME}.decay.ratePerYear`);
    // A lock-in may be negative, down to −1.
    expect(outcomeErrors({ lockIn: { share: -1.5, durationMonths: 3 } })).toEqual([
      { path: `${OUTCOME}.lockIn.share`, message: 'expected a value from -1 to 1, got -1.5' },
    ]);
  });

  it('refuses a negative cohort count, with the path', () => {
    expect(errorsOf(scenario([group({ cohorts: [{ count: -2, startMonth: 0 }] })]))).toEqual([
      { path: 'targetGroups[0].cohorts[0].count', message: 'expected 0 or more, got -2' },
    ]);
  });
});
