/**
 * Names that are Object.prototype's, given on the command line (issue 9, item 2): `--solve
 * constructor` once printed "ingen løsning i [NaN, NaN]" and exited 0. Each is now an unknown name,
 * exit 2, with the known ones listed. In-process: the same main and output as the real command.
 */
import { describe, expect, it } from 'vitest';
import { IPS_FILE, runCliInProcess } from './run-cli';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

describe('prototype names on the command line', () => {
  for (const name of NAMES) {
    it(`--solve ${name} is an unknown parameter, exit 2`, async () => {
      const r = await runCliInProcess([IPS_FILE, '--solve', name]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`--solve: unknown parameter '${name}' (known: omkostning_pr_aar,`);
      expect(r.stderr).not.toMatch(/NaN/);
    });

    it(`--target ${name} and --explain ${name} are unknown ledgers, exit 2`, async () => {
      const [target, explain] = await Promise.all([
        runCliInProcess([IPS_FILE, '--solve', 'omkostning_pr_aar', '--target', name]),
        runCliInProcess([IPS_FILE, '--explain', name]),
      ]);
      expect([target.code, explain.code]).toEqual([2, 2]);
      expect(target.stderr).toContain(`--target: unknown ledger '${name}'`);
      expect(explain.stderr).toContain(`--explain: unknown ledger '${name}'`);
    });
  }
});
