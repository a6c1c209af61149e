/**
 * --montecarlo on worker threads: the same JSON, byte for byte, with --threads 1 (in this thread)
 * and --threads 2 or 3 (the draws split over worker threads and merged in draw order). Through the
 * real process (tsx), as a user runs it: the threads are started from the TypeScript sources.
 */
import { describe, expect, it } from 'vitest';
import { ipsVariant, jsonOf, runCli, runCliInProcess } from './run-cli';

const variant = ipsVariant('ips-uncertain.json', (s) => {
  (s.parameters as Record<string, { uncertainty?: unknown }>).andel_job_med_ips!.uncertainty = { type: 'uniform', min: 0.2, max: 0.6 };
});

describe('--montecarlo over worker threads', () => {
  it('gives the same JSON with one thread as with two and three', async () => {
    const args = [variant, '--montecarlo', '301', '--seed', 'k', '--json'];
    const one = await runCliInProcess([...args, '--threads', '1']);
    const [two, three] = await Promise.all([runCli([...args, '--threads', '2']), runCli([...args, '--threads', '3'])]);
    expect(one.code).toBe(0);
    expect(jsonOf<{ draws: number }>(one).draws).toBe(301);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    // Another seed, another answer: the comparison can fail.
    const other = await runCliInProcess([variant, '--montecarlo', '301', '--seed', 'l', '--json', '--threads', '1']);
    expect(other.stdout).not.toBe(one.stdout);
  }, 120_000);

  it('refuses --threads that is not a whole number from 1 to 64, or without --montecarlo', async () => {
    const bad = await runCliInProcess([variant, '--montecarlo', '10', '--threads', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--threads');
    const alone = await runCliInProcess([variant, '--threads', '2']);
    expect(alone.code).toBe(2);
  });
});
