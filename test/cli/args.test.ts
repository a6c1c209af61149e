/** The argument parser in-process: cheap checks of defaults and of the usage errors that exit 2. */
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args';

function options(argv: string[]) {
  const parsed = parseCliArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function usageError(argv: string[]): string {
  const parsed = parseCliArgs(argv);
  if (parsed.kind !== 'usage-error') throw new Error(`expected a usage error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe('parseCliArgs', () => {
  it('defaults to the Tabel 6.4 view: cumulative, per participant, undiscounted table in Danish', () => {
    expect(options(['a.json'])).toMatchObject({
      file: 'a.json', format: 'table', total: false, annual: false, discounted: false, departments: false, lang: 'da',
    });
  });

  it('reads a solve request with its defaults (total, npv) and a range a,b', () => {
    expect(options(['a.json', '--solve', 'p']).solve).toEqual({ parameter: 'p', target: 'total', metric: 'npv', year: undefined, range: undefined });
    expect(options(['a.json', '--solve', 'p', '--range', '0,0.5', '--metric', 'cumulative', '--year', '3']).solve)
      .toEqual({ parameter: 'p', target: 'total', metric: 'cumulative', year: 3, range: [0, 0.5] });
  });

  it('refuses values it cannot use, naming the option', () => {
    expect(usageError(['a.json', '--timing', 'noon'])).toContain('--timing');
    expect(usageError(['a.json', '--lang', 'de'])).toContain('--lang');
    expect(usageError(['a.json', '--solve', 'p', '--range', '1,0'])).toContain('--range');
    expect(usageError(['a.json', '--solve', 'p', '--year', '2.5'])).toContain('--year');
    expect(usageError(['a.json', '--json', '--csv'])).toContain('--csv');
  });

  it('refuses solver options without --solve, and a missing or second file', () => {
    expect(usageError(['a.json', '--target', 'kommune'])).toContain('--target');
    expect(usageError([])).toContain('missing');
    expect(usageError(['a.json', 'b.json'])).toContain('b.json');
  });

  it('accepts --year with --explain', () => {
    expect(options(['a.json', '--explain', 'kommune', '--year', '7']).explain).toEqual({ target: 'kommune', year: 7 });
  });
});
