/**
 * Fuzz, part 3 of 4 (issue 9): mutated example scenarios through load + run, and their variants
 * through *Sammenlign varianter*. Each ends in finite figures or a refusal with field paths, never
 * an exception or a polluted prototype. The mutations are in mutations.ts, the rule in check.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFileText, FUZZ_TIMEOUT_MS, fuzzParameters, RUNS_PER_FILE } from './check';
import { caseText, fuzzCase } from './mutations';

describe('fuzz: hostile scenario files, part 3', () => {
  it(`${RUNS_PER_FILE} mutated files end in a finite result or a refusal with paths`, () => {
    const tally = { result: 0, refused: 0 };
    fc.assert(fc.property(fuzzCase, (c) => { tally[checkFileText(caseText(c))]++; }), fuzzParameters(3));
    // Both outcomes occur: the mutations neither all break the file nor all miss.
    expect(tally.result + tally.refused).toBe(RUNS_PER_FILE);
    expect(tally.result).toBeGreaterThan(RUNS_PER_FILE / 20);
    expect(tally.refused).toBeGreaterThan(RUNS_PER_FILE / 20);
  }, FUZZ_TIMEOUT_MS);
});
