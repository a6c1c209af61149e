/**
 * Fuzz (issue 9, item 3): any text in an amount field is compiled without an exception, and a
 * compiled expression evaluates without overflowing the stack: random texts of the expression's own
 * characters, long chains and deep brackets among them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/engine';
import { FUZZ_TIMEOUT_MS, fuzzParameters } from './check';

const TOKENS = ['1', '2', '0', '9.5', '1e308', 'a', 'b', '+', '-', '*', '/', '^', '(', ')', '?', ':', '<', '>', '==', '!=', 'and', 'or', 'not', ',', 'max(', 'min(', 'round(', 'abs(', ' ', '.', '!', '=', '"', '[', ']', 'constructor', '__proto__'];
const token = fc.constantFrom(...TOKENS);
const text = fc.oneof(
  fc.array(token, { maxLength: 60 }).map((t) => t.join('')),
  // Long: repeated patterns up to about 3,000 characters, around the 1,000-character limit.
  fc.tuple(fc.array(token, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 800 })).map(([t, n]) => t.join('').repeat(n)),
  // Chains and nestings of up to 3,000 steps (a 5,000-term sum overflowed the stack before the limits).
  fc.tuple(fc.integer({ min: 1, max: 3_000 }), fc.constantFrom('+', '-', '*', '^', ' and ', '<')).map(([n, op]) => `${`a${op}`.repeat(n)}1`),
  fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.constantFrom('(', '-', 'not ', 'abs(', '2^')).map(([n, open]) => `${open.repeat(n)}1${open.endsWith('(') ? ')'.repeat(n) : ''}`),
);

describe('fuzz: expression texts', () => {
  it('compile without throwing, and evaluate without a stack overflow', () => {
    let compiled = 0;
    fc.assert(fc.property(text, (t) => {
      const outcome = compileExpression(t);
      if (!outcome.ok) {
        expect(outcome.message.length).toBeGreaterThan(0);
        return;
      }
      compiled++;
      const scope = { a: 2, b: 3 };
      try {
        outcome.value.evaluate(scope);
      } catch (error) {
        // mathjs may refuse at evaluation (the engine reports that at the field); the stack may not overflow.
        expect(error).not.toBeInstanceOf(RangeError);
      }
    }), { ...fuzzParameters(100), numRuns: 5_000 });
    expect(compiled).toBeGreaterThan(100);
  }, FUZZ_TIMEOUT_MS);
});
