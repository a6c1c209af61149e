/**
 * The fuzz runs (issue 9), one body each; the test files only say which part they are, so vitest
 * spreads the parts over its workers. Each case ends in finite figures or a refusal with field paths,
 * never an exception or a polluted prototype; both outcomes must occur, so the mutations neither all
 * break the input nor all miss.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment } from '../../src/io/share-link';
import { checkDecoded, checkFileText, FUZZ_TIMEOUT_MS, fuzzParameters, RUNS_PER_FILE } from './check';
import { linkCase, linkFragment } from './links';
import { caseText, fuzzCase } from './mutations';

function expectBothOutcomes(tally: { result: number; refused: number }): void {
  expect(tally.result + tally.refused).toBe(RUNS_PER_FILE);
  expect(tally.result).toBeGreaterThan(RUNS_PER_FILE / 20);
  expect(tally.refused).toBeGreaterThan(RUNS_PER_FILE / 20);
}

/** Mutated example scenarios through load + run, and their variants through the comparison. */
export function fuzzScenarioFiles(part: number): void {
  describe(`fuzz: hostile scenario files, part ${part}`, () => {
    it(`${RUNS_PER_FILE} mutated files end in a finite result or a refusal with paths`, () => {
      const tally = { result: 0, refused: 0 };
      fc.assert(fc.property(fuzzCase, (c) => { tally[checkFileText(caseText(c))]++; }), fuzzParameters(part));
      expectBothOutcomes(tally);
    }, FUZZ_TIMEOUT_MS);
  });
}

/** Share links carrying mutated example scenarios, some damaged in transit, through decoding and a run. */
export function fuzzShareLinks(part: number): void {
  describe(`fuzz: hostile share links, part ${part}`, () => {
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
      }), fuzzParameters(10 * part));
      expectBothOutcomes(tally);
    }, FUZZ_TIMEOUT_MS);
  });
}
