/**
 * `--solve` on a month parameter answers a whole month, as the app does: the course length of the
 * IPS case is read as whole months, so the NPV is a step function of it and has no root to bisect.
 * The answer is the longest course at which the total NPV is still ≥ 0, and one month more is < 0.
 */
import { describe, expect, it } from 'vitest';
import type { SolveJson } from '../golden/golden-support';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import { IPS_FILE, ipsVariant, jsonOf, runCliInProcess } from './run-cli';

describe('--solve on a month parameter', () => {
  it('answers the whole month next to the step where the total NPV crosses zero', async () => {
    const solved = jsonOf<SolveJson>(await runCliInProcess([IPS_FILE, '--solve', 'forloeb_maaneder', '--range', '1,60', '--json']));
    expect(solved.found).toBe(true);
    const months = solved.value!;
    expect(Number.isInteger(months)).toBe(true);
    expect(solved.residual).toBeGreaterThanOrEqual(0);
    const withCourse = (m: number) => ipsVariant<ScenarioFile>(`course-${m}.json`, (f) => { f.parameters!.forloeb_maaneder!.value = m; });
    const [at, after] = await Promise.all([months, months + 1].map((m) => runCliInProcess([withCourse(m), '--json'])));
    expect(jsonOf(at!).total.npv).toBeCloseTo(solved.residual!, 6);
    expect(jsonOf(after!).total.npv).toBeLessThan(0);
  });
});
