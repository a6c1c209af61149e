/**
 * Fuzz, part 2 of 4 (issue 9): share links carrying mutated example scenarios, some damaged in
 * transit, through decoding and a run. Each ends in finite figures or a refusal with field paths.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment } from '../../src/io/share-link';
import { checkDecoded, FUZZ_TIMEOUT_MS, fuzzParameters, RUNS_PER_FILE } from './check';
import { linkCase, linkFragment } from './links';

describe('fuzz: hostile share links, part 2', () => {
  it(`${RUNS_PER_FILE} links end in a finite result or a refusal with paths`, () => {
    const tally = { result: 0, refused: 0 };
    fc.assert(fc.property(linkCase, (c) => {
      let decoded: ReturnType<typeof decodeShareFragment>;
      try {
        decoded = decodeShareFragment(linkFragment(c));
      } catch (error) {
        throw new Error(`decodeShareFragment threw: ${(error as Error).message}`);
      }
      tally[checkDecoded(decoded)]++;
    }), fuzzParameters(20));
    expect(tally.result + tally.refused).toBe(RUNS_PER_FILE);
    expect(tally.result).toBeGreaterThan(RUNS_PER_FILE / 20);
    expect(tally.refused).toBeGreaterThan(RUNS_PER_FILE / 20);
  }, FUZZ_TIMEOUT_MS);
});
