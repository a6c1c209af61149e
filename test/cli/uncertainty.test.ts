/**
 * Command-line parity for the uncertainty analyses: --montecarlo with a seed (repeatable),
 * --tornado and --compare, as JSON (in-process: the same main and output, without a process start
 * per run); usage errors exit 2 (through the real process, as a smoke test).
 */
import { describe, expect, it } from 'vitest';
import { IPS_FILE, jsonOf, runCli, runCliInProcess, shorterEffectVariant } from './run-cli';

/** The parts of `--montecarlo --json` and `--compare --json` these tests read. */
interface MonteCarloJson {
  draws: number; parameters: string[];
  keys: { total: { npv: { probabilityPositive: number }; drivers: { parameter: string }[] } };
}
interface CompareJson { scenarios: { title: string }[]; differences: { path: string }[][] }

const IPS = IPS_FILE;


describe('uncertainty on the command line', () => {
  const variant = shorterEffectVariant('IPS, kortere effekt');

  it('runs Monte Carlo with a seed, repeatably, and reports probabilities and drivers as JSON', async () => {
    const [a, b] = await Promise.all([
      runCliInProcess([variant, '--montecarlo', '400', '--seed', 'x', '--json']),
      runCliInProcess([variant, '--montecarlo', '400', '--seed', 'x', '--json']),
    ]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const result = jsonOf<MonteCarloJson>(a);
    expect(result.draws).toBe(400);
    expect(result.parameters).toEqual(['andel_job_med_ips']);
    // With 3 effect-years the total NPV at the effect x is (x − 0.235) × 164,585.74 × 3 − 82,500:
    // positive for every x ≥ 0.5 (0.265 × 493,757 − 82,500 = 48,346 kr.), so P(NPV > 0) = 1.
    expect(result.keys.total.npv.probabilityPositive).toBe(1);
    expect(result.keys.total.drivers[0]!.parameter).toBe('andel_job_med_ips');
  });

  it('prints a tornado with the switching value of the effect, and compares two files by their assumptions', async () => {
    const [tornado, compare] = await Promise.all([
      runCliInProcess([IPS, '--tornado', '--json']),
      runCliInProcess([IPS, '--compare', variant, '--json']),
    ]);
    expect(tornado.code).toBe(0);
    const effect = jsonOf<{ bars: { parameter: string; switchingValue: number }[] }>(tornado).bars.find((b) => b.parameter === 'andel_job_med_ips')!;
    // 82,500 = (x − 0.235) × 164,585.74 × 5 → x = 0.33525…
    expect(effect.switchingValue).toBeCloseTo(0.235 + 82_500 / (164_585.74 * 5), 6);
    expect(compare.code).toBe(0);
    const { scenarios, differences } = jsonOf<CompareJson>(compare);
    expect(scenarios.map((s) => s.title)).toEqual([expect.stringMatching(/^IPS/), 'IPS, kortere effekt']);
    expect(differences[0]!.map((d) => d.path)).toEqual(
      expect.arrayContaining(['title', 'parameters.effekt_aar.value', 'parameters.andel_job_med_ips.uncertainty']));
  });

  it('refuses a bad number of draws, or two analyses at once, with exit code 2', async () => {
    const [draws, both] = await Promise.all([
      runCli([IPS, '--montecarlo', 'many']),
      runCli([IPS, '--montecarlo', '10', '--tornado']),
    ]);
    expect(draws.code).toBe(2);
    expect(draws.stderr).toContain('--montecarlo');
    expect(both.code).toBe(2);
    // Two real processes (tsx start-up ≈ 0.5 s idle, 15 s seen on a loaded 2-core machine): a generous bound.
  }, 90_000);
});
