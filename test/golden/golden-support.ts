/**
 * What the golden tests share: the command line run as a user runs it (tsx src/cli/main.ts …
 * --json), temporary variants of a scenario file, and comparisons with hand-computed figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Figures, JsonResults } from '../../src/cli/render-json';
import type { SolveJson } from '../../src/cli/render-solve';

export type { SolveJson };

/**
 * The ids models/core.json defines (a typo in a test is then a type error, not an `undefined`), and the
 * ledger the one-kommune public-finance setting adds for the other kommuner's share.
 */
type LedgerId = 'kommune' | 'region' | 'stat' | 'andre_kommuner';
type DepartmentKey = `kommune/${'beskaeftigelse' | 'social' | 'sundhed' | 'boern-unge' | 'uddannelse'}`
  | `region/${'somatik' | 'psykiatri' | 'praksissektor'}` | `stat/${'overfoersler' | 'uddannelse' | 'retsvaesen' | 'skat'}`;
type CategoryId = 'intervention' | 'benefits' | 'taxes' | 'health' | 'social' | 'crime' | 'education' | 'unspecified' | 'tax-feedback' | 'production';
type GoldenFigures = Omit<Figures, 'byCategory'> & { byCategory: Record<CategoryId, number[]> };

/** `--json` results of a golden scenario: JsonResults with the core catalogue's ids as keys. */
export type GoldenResults = Omit<JsonResults, 'ledgers' | 'departments' | 'total' | 'years'> & {
  ledgers: Record<LedgerId, GoldenFigures>;
  departments: Record<DepartmentKey, GoldenFigures & { ledger: string; department: string | null }>;
  total: GoldenFigures;
  /** Every golden scenario sets settings.firstYear, so calendarYear is a number. */
  years: { year: number; calendarYear: number; label: string }[];
};

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function scenarioFile(name: string): string {
  return join(ROOT, 'scenarios', name);
}

/**
 * `tsx src/cli/main.ts <args> --json`; a failed run (exit code or anything on stderr) throws with its
 * message. The result has the CLI's own JSON types: SolveJson for `--solve`, else JsonResults (or the
 * narrower shape a test names as T).
 * JSON.parse gives `unknown`; the cast states the CLI's documented --json shape (src/cli/render-json.ts).
 */
export function simulateJson(file: string, solve: '--solve', ...rest: string[]): SolveJson;
export function simulateJson<T = GoldenResults>(...args: string[]): T;
export function simulateJson(...args: string[]): unknown {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() };
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), ...args, '--json'], { cwd: ROOT, env, encoding: 'utf8' });
  if (run.status !== 0 || run.stderr !== '') throw new Error(`simulate ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return JSON.parse(run.stdout) as unknown;
}

/** Writes `text` to a new temporary file called `name` and returns its path. */
export function writeTemp(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'afkast-golden-')), name);
  writeFileSync(path, text);
  return path;
}

/** Within 0.01 kr. element by element: for hand figures exact to the øre. */
export function expectKroner(actual: readonly (number | undefined)[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    expect(a, `index ${i}`).toBeTypeOf('number');
    expect(Math.abs(a! - expected[i]!), `index ${i}: ${a} vs ${expected[i]}`).toBeLessThanOrEqual(0.01);
  });
}

/** Within 1e-6 relative (or 1e-6 kr. near zero); on failure vitest shows both numbers. */
export function close(actual: number | null | undefined, expected: number): void {
  const ok = typeof actual === 'number' && Math.abs(actual - expected) <= Math.max(1e-6 * Math.abs(expected), 1e-6);
  if (!ok) expect(actual).toBe(expected);
}

export const closeAll = (actual: number[], expected: number[]): void => expected.forEach((e, i) => close(actual[i], e));
