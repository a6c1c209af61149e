/**
 * Inputs that would overflow the call stack (issue 9, item 3) are refused at their field, with a
 * message saying which limit they pass: a 5,000-term sum (10 kB), deep brackets, long operator chains.
 * Comparing variants walks values with its own stack, so a deeply nested value cannot overflow it.
 */
import { describe, expect, it } from 'vitest';
import { compileExpression, differences } from '../../src/engine';
import { MAX_EXPRESSION_CHARS, MAX_EXPRESSION_DEPTH } from '../../src/engine/expressions';
import { cost, errorsOf, group, project, scenario } from './helpers';

const AMOUNT = 'targetGroups[0].interventions[0].costs[0].amount';
const withAmount = (amount: string) => scenario([group({ costs: [cost({ amount })] })]);
const sum = (terms: number) => Array.from({ length: terms }, () => '1').join('+');

describe('expression limits', () => {
  it('refuses the 5,000-term sum (9,999 characters) at its field as too long', () => {
    const errors = errorsOf(withAmount(sum(5_000)));
    expect(errors).toEqual([{ path: AMOUNT, message: `the expression is too long (9999 characters; at most ${MAX_EXPRESSION_CHARS})` }]);
  });

  it('refuses brackets nested deeper than the limit, and operator chains longer than it', () => {
    const depth = MAX_EXPRESSION_DEPTH + 1;
    for (const text of [`${'('.repeat(depth)}1${')'.repeat(depth)}`, `${'-'.repeat(depth)}1`, sum(depth + 1), Array(depth + 1).fill('2').join('^')]) {
      const errors = errorsOf(withAmount(text));
      expect(errors.map((e) => e.path)).toEqual([AMOUNT]);
      expect(errors[0]!.message).toContain('nested or chained too deeply');
    }
  });

  it('still computes a long but reasonable sum: 50 terms of 1 is a cost of 50 kr.', () => {
    expect(-project(withAmount(sum(50))).total.annual[0]!).toBe(50);
    // 20 nested brackets around 7 are 7.
    expect(-project(withAmount(`${'('.repeat(20)}7${')'.repeat(20)}`)).total.annual[0]!).toBe(7);
  });

  it('never throws, whatever the length, and does not cache texts above the limit', () => {
    for (const n of [1_000, 5_000, 20_000, 100_000]) expect(() => compileExpression(sum(n))).not.toThrow();
    expect(() => compileExpression('('.repeat(20_000))).not.toThrow();
  });
});

describe('comparing deeply nested values', () => {
  it('finds the one difference 20,000 levels down without overflowing the stack', () => {
    const nest = (leaf: number) => {
      let v: unknown = leaf;
      for (let i = 0; i < 20_000; i++) v = { a: v };
      return v;
    };
    const found = differences(nest(1), nest(2));
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe(Array(20_000).fill('a').join('.'));
    expect(found[0]).toMatchObject({ base: 1, variant: 2 });
  });

  it('lists differences in document order, arrays by index', () => {
    expect(differences({ a: [1, 2, 3], b: { c: 1 }, d: 'x' }, { a: [1, 5], b: { c: 2 }, d: 'x', e: true }).map((d) => d.path))
      .toEqual(['a[1]', 'a[2]', 'b.c', 'e']);
  });
});
