/**
 * Results are checked like inputs (issue 9, item 6): inputs that are each finite but multiply, add
 * up or discount past ±1.8·10³⁰⁸ end in an error naming the input behind the overflow and exit 1,
 * never in a table of −Infinity or NaN. In-process: the same main and output as the real command.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import { ipsVariant, jsonOf, runCliInProcess, type CliRun } from './run-cli';

const COST = 'targetGroups[0].interventions[0].costs[0]';
const NOT_A_FIGURE = /Infinity|NaN|∞/;

async function run(name: string, edit: (f: ScenarioFile) => void, ...args: string[]): Promise<CliRun> {
  return runCliInProcess([ipsVariant<ScenarioFile>(`${name}.json`, edit), ...args]);
}
const uncapped = (f: ScenarioFile) => { delete f.parameters.omkostning_pr_aar!.max; };

function expectRefusedAt(r: CliRun, path: string): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}: `));
}

describe('results that are not finite numbers', () => {
  it('a cost of 1e308 over 18 months is 1e308 + 0.5e308 = 1.5e308 kr.: finite, so it is shown', async () => {
    const r = await run('cost-1e308', (f) => { uncapped(f); f.parameters.omkostning_pr_aar!.value = 1e308; }, '--json');
    expect(r.code).toBe(0);
    expect(jsonOf(r).ledgers.kommune.cumulative[1]! / -1.5e308).toBeCloseTo(1, 12);
  });

  it('a cost of 1e308 a year over 24 months adds up to 2e308: refused at the cost amount', async () => {
    const r = await run('cost-1e308-24', (f) => { uncapped(f); f.parameters.omkostning_pr_aar!.value = 1e308; f.parameters.forloeb_maaneder!.value = 24; });
    expectRefusedAt(r, `${COST}.amount`);
    expect(r.stderr).toMatch(/overflows/);
    expect(r.stderr).not.toMatch(NOT_A_FIGURE);
  });

  it('1e308 participants: refused at the cost amount, naming the cohorts', async () => {
    const r = await run('participants-1e308', (f) => { f.targetGroups[0]!.cohorts[0]!.count = 1e308; });
    expectRefusedAt(r, `${COST}.amount`);
    expect(r.stderr).toContain('targetGroups[0].cohorts');
  });

  it('1e300 kr. for 1e10 participants (1e310): refused at the cost amount', async () => {
    const r = await run('1e300-x-1e10', (f) => { f.targetGroups[0]!.interventions[0]!.costs[0]!.amount = 1e300; f.targetGroups[0]!.cohorts[0]!.count = 1e10; });
    expectRefusedAt(r, `${COST}.amount`);
    expect(r.stderr).toContain('10000000000 participants');
  });

  it('−50 % a year over 200 years: the last factor is 1/0.5^199 = 2^199 ≈ 8.0e59, finite, so it is shown', async () => {
    const r = await run('discount-minus-50', (f) => { f.settings.horizonYears = 200; f.settings.discount = { bands: [{ fromYear: 1, rate: -0.5 }] }; }, '--json');
    expect(r.code).toBe(0);
    const p = jsonOf(r);
    expect(p.discount.factors[199]).toBeCloseTo(2 ** 199, -45);
    expect(r.stdout).not.toMatch(NOT_A_FIGURE);
  });

  it('−50 % over 200 years on a cost of 1e250 (× 8e59 = 8e309): refused at the discount', async () => {
    const r = await run('discount-overflow', (f) => {
      f.settings.horizonYears = 200; f.settings.discount = { bands: [{ fromYear: 1, rate: -0.5 }] };
      uncapped(f); f.parameters.omkostning_pr_aar!.value = 1e250; f.parameters.forloeb_maaneder!.value = 2400;
    });
    expectRefusedAt(r, 'settings.discount.bands');
    expect(r.stderr).toMatch(/present values overflow/);
  });

  it('--montecarlo with every draw failing: exit 1 with the first failure, not a table of NaN', async () => {
    const r = await run('mc-all-fail', (f) => { f.parameters.andel_job_med_ips!.uncertainty = { type: 'uniform', min: 1.5, max: 2 }; }, '--montecarlo', '50', '--seed', '1');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^targetGroups\[0\]\.interventions\[0\]\.outcomes\[0\]\.treated: every one of the 50 draws failed; the first: expected a value from 0 to 1/);
  });

  it('--tornado whose range runs to −∞ (a normal with sd 1.5e308: 55,000 − 1.645 × 1.5e308 < −1.8e308): exit 1 at the uncertainty', async () => {
    const r = await run('tornado-inf', (f) => { f.parameters.omkostning_pr_aar!.uncertainty = { type: 'normal', mean: 55_000, sd: 1.5e308 }; }, '--tornado');
    expectRefusedAt(r, 'parameters.omkostning_pr_aar.uncertainty');
    expect(r.stderr).toContain('-Infinity to Infinity is not finite');
  });
});
