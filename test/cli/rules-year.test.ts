/**
 * `--rules-year` (docs/semantics.md, "Dated rules"): the command line replaces settings.rulesYear for one
 * run and states the rules year beside the result, in the table and the JSON, like the public-finance
 * setting. The voksenlærling example (firstYear 2027) keeps 2015 rules with rulesYear 2015 in its file;
 * --rules-year 2027 runs it on the catalogue's current (2026) tax rates.
 */
import { describe, expect, it } from 'vitest';
import type { GoldenResults } from '../golden/golden-support';
import { runCliInProcess } from './run-cli';

const VOKSEN = new URL('../../scenarios/voksenlaerling.json', import.meta.url).pathname;

async function json(...args: string[]): Promise<GoldenResults & { rules: { year: number | null; basis: string; statement: string; periods: Record<string, { validFrom?: string; covers: boolean }> } }> {
  const run = await runCliInProcess([...args, '--json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as never;
}

describe('--rules-year', () => {
  it('states the file\'s rules year (2015) in the JSON and the table', async () => {
    const result = await json(VOKSEN);
    expect(result.rules).toMatchObject({ year: 2015, basis: 'rulesYear' });
    expect(result.rules.statement).toMatch(/^2015 \(valgt med »Regler fra år«\)/);
    expect(result.rules.periods.kommuneskat_sats).toMatchObject({ validFrom: '2015-01-01', covers: true });
    const table = await runCliInProcess([VOKSEN]);
    expect(table.stdout).toMatch(/Regler fra år: 2015 \(valgt med »Regler fra år«\)/);
    const english = await runCliInProcess([VOKSEN, '--lang', 'en']);
    expect(english.stdout).toMatch(/Rules from year: 2015 \(set by »Rules from year«\)/);
  });

  it('--rules-year 2027 uses the 2026 rates: no sundhedsbidrag, more kommuneskat on the wage; the explanation names the period', async () => {
    const old = await json(VOKSEN);
    const now = await json(VOKSEN, '--rules-year', '2027');
    expect(now.rules).toMatchObject({ year: 2027, basis: 'rulesYear' });
    expect(now.rules.periods.kommuneskat_sats).toMatchObject({ validFrom: '2026-01-01', covers: false });
    expect(now.rules.periods.sundhedsbidrag_sats).toMatchObject({ validFrom: '2019-01-01', covers: true });
    // Other rules, other figures: the stat's and the kommune's tax lines change.
    expect(now.ledgers.stat.byCategory.taxes).not.toEqual(old.ledgers.stat.byCategory.taxes);
    const explained = await runCliInProcess([VOKSEN, '--rules-year', '2027', '--explain', 'kommune']);
    expect(explained.stdout).toMatch(/kommuneskat_sats = 0,25049/);
    expect(explained.stdout).toMatch(/tallet for 2026-01-01–2026-12-31 \(periode 3 af 3\); ingen periode dækker regelåret/);
    expect(explained.stdout).toMatch(/Kommuneskatter - gennemsnitsprocenten i 2026/);
  });

  it('refuses a rules year that is not a year', async () => {
    const run = await runCliInProcess([VOKSEN, '--rules-year', 'nu']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--rules-year must be a year/);
  });
});
