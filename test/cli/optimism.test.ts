/**
 * --optimism / --no-optimism on the command line, stated in the table, JSON, tornado and Monte Carlo.
 * The IPS case with its one cost item graded 1 (+25 %): the IPS course costs 55.000 + 27.500 =
 * 82.500 kr. per participant (no discounting), so the correction lowers the total NPV by
 * 0,25 × 82.500 = 20.625 kr. and changes nothing else (the gains are ungraded).
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import { IPS_FILE, jsonOf, runCliInProcess } from './run-cli';

/** What `--tornado --json` prints that these tests read. */
interface TornadoJson { optimism: { enabled: boolean }; baseNpv: number }

function gradedIps(optimismCorrection?: boolean): string {
  const file = JSON.parse(readFileSync(IPS_FILE, 'utf8')) as ScenarioFile;
  file.targetGroups[0]!.interventions[0]!.costs[0]!.confidence = 1;
  if (optimismCorrection !== undefined) file.settings.optimismCorrection = optimismCorrection;
  const path = join(mkdtempSync(join(tmpdir(), 'afkast-')), 'graded.json');
  writeFileSync(path, JSON.stringify(file));
  return path;
}

describe('the optimism correction on the command line', () => {
  const off = gradedIps(), onInFile = gradedIps(true);

  it('--optimism lowers the total NPV by the cost uplift and says so in JSON; the file setting does the same', async () => {
    const [a, b, c, d] = await Promise.all([
      runCliInProcess([off, '--json']), runCliInProcess([off, '--json', '--optimism']),
      runCliInProcess([onInFile, '--json']), runCliInProcess([onInFile, '--json', '--no-optimism']),
    ]);
    const [plain, corrected, fromFile, overridden] = [jsonOf(a), jsonOf(b), jsonOf(c), jsonOf(d)];
    expect(plain.optimism.enabled).toBe(false);
    expect(corrected.optimism).toEqual({ enabled: true, grades: [expect.objectContaining({ grade: 1, costUplift: 0.25, lines: 1 })], ungradedLines: 3 });
    expect(corrected.total.npv).toBeCloseTo(plain.total.npv - 20625, 6);
    expect(fromFile.total.npv).toBeCloseTo(corrected.total.npv, 6);
    expect(overridden.total.npv).toBeCloseTo(plain.total.npv, 6);
  });

  it('states it in the table, and in tornado and Monte Carlo, which include it', async () => {
    const [table, tornadoOn, tornadoOff, mc] = await Promise.all([
      runCliInProcess([off, '--optimism']), runCliInProcess([off, '--tornado', '--json', '--optimism']),
      runCliInProcess([off, '--tornado', '--json']), runCliInProcess([off, '--montecarlo', '10', '--optimism']),
    ]);
    expect(table.stdout).toContain('Optimismekorrektion: til: karakter 1: gevinster −25 %, omkostninger +25 % — 3 linjer uden karakter er ikke korrigeret');
    const [on, plain] = [jsonOf<TornadoJson>(tornadoOn), jsonOf<TornadoJson>(tornadoOff)];
    expect(on.optimism.enabled).toBe(true);
    expect(on.baseNpv).toBeCloseTo(plain.baseNpv - 20625, 6);
    expect(mc.stdout).toContain('Optimismekorrektion: til: karakter 1');
  });

  it('refuses both flags at once (exit 2)', async () => {
    const r = await runCliInProcess([off, '--optimism', '--no-optimism']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('choose one of --optimism and --no-optimism');
  });
});
