/**
 * `--public-finance` (docs/hvem-faar-gevinsten.md): the command line replaces settings.publicFinance for
 * one run and states the setting beside the result, in the table and in the JSON, like the discount
 * convention. The voksenlærling example moves people from kontanthjælp (a budgetgaranteret benefit) to a
 * job; the IPS example uses direct values, which no setting changes.
 */
import { describe, expect, it } from 'vitest';
import type { GoldenResults } from '../golden/golden-support';
import { IPS_FILE, runCliInProcess } from './run-cli';

const VOKSEN = new URL('../../scenarios/voksenlaerling.json', import.meta.url).pathname;

async function json(...args: string[]): Promise<GoldenResults> {
  const run = await runCliInProcess([...args, '--json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as GoldenResults;
}

describe('--public-finance', () => {
  it('states the default (the public sector as a whole) in the JSON and the table', async () => {
    const result = await json(VOKSEN);
    expect(result.publicFinance).toMatchObject({ setting: 'public-sector', equalisationRate: null });
    expect(result.publicFinance.statement).toMatch(/^den offentlige sektor samlet/);
    const table = await runCliInProcess([VOKSEN]);
    expect(table.stdout).toMatch(/Hvem får gevinsten: den offentlige sektor samlet/);
    const english = await runCliInProcess([VOKSEN, '--lang', 'en']);
    expect(english.stdout).toMatch(/Who gains: the public sector as a whole/);
  });

  it('under all-kommuner leaves the kommune no transfer gain and gives it to the stat; the total is unchanged', async () => {
    const base = await json(VOKSEN);
    const group = await json(VOKSEN, '--public-finance', 'all-kommuner');
    expect(group.publicFinance.setting).toBe('all-kommuner');
    group.ledgers.kommune.byCategory.benefits.forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-6));
    base.total.annual.forEach((v, i) => expect(group.total.annual[i]).toBeCloseTo(v, 6));
    // The kommune's saved kontanthjælp moves to the stat krone for krone.
    const moved = base.ledgers.kommune.byCategory.benefits[3]!;
    expect(moved).toBeGreaterThan(0);
    expect(group.ledgers.stat.annual[3]! - base.ledgers.stat.annual[3]!).toBeCloseTo(moved, 6);
  });

  it('under single-kommune books 75 % of the kommune\'s kommuneskat change to the other kommuner', async () => {
    const base = await json(VOKSEN);
    const one = await json(VOKSEN, '--public-finance', 'single-kommune');
    expect(one.publicFinance).toMatchObject({ setting: 'single-kommune', equalisationRate: 0.75 });
    expect(one.publicFinance.statement).toMatch(/landsudligningen tager 75 %/);
    const taxes = base.ledgers.kommune.byCategory.taxes[3]!;
    expect(one.ledgers.andre_kommuner.annual[3]).toBeCloseTo(0.75 * taxes, 6);
    expect(one.ledgers.kommune.byCategory.taxes[3]).toBeCloseTo(0.25 * taxes, 6);
  });

  it('leaves IPS (direct values) exactly as published under every setting', async () => {
    const base = await json(IPS_FILE);
    for (const setting of ['single-kommune', 'all-kommuner']) {
      const other = await json(IPS_FILE, '--public-finance', setting);
      expect(other.total.cumulative).toEqual(base.total.cumulative);
      expect(other.ledgers.kommune.cumulative).toEqual(base.ledgers.kommune.cumulative);
    }
  });

  it('refuses an unknown setting with a usage message', async () => {
    const run = await runCliInProcess([VOKSEN, '--public-finance', 'kommune']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/--public-finance must be public-sector, single-kommune, all-kommuner, got 'kommune'/);
  });
});
