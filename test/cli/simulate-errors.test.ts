/**
 * How `npm run simulate` fails: an invalid file exits 1 and names each field at fault as
 * `path: message`, a wrong command line exits 2 with a hint, and no stack trace ever reaches the user.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { IPS_FILE, ipsVariant, runAll, writeTemp, type CliRun } from './run-cli';

const COST_AMOUNT = 'targetGroups[0].interventions[0].costs[0].amount';
/** A line of a Node stack trace. */
const STACK_LINE = /^\s+at /m;

let run: Record<string, CliRun>;

beforeAll(async () => {
  run = await runAll({
    brokenJson: [writeTemp('broken.json', '{ "kind": "afkast.scenario", ')],
    costIsBoolean: [ipsVariant('cost-true.json', (s) => { s.targetGroups[0]!.interventions[0]!.costs[0]!.amount = true; })],
    unknownName: [ipsVariant('unknown-name.json', (s) => { s.targetGroups[0]!.interventions[0]!.costs[0]!.amount = 'omkostning_pr_aar * ukendt_faktor'; })],
    missingFile: ['/nonexistent/afkast/scenario.json'],
    unknownOption: [IPS_FILE, '--bogus'],
    help: ['--help'],
  });
});

describe('an invalid scenario file', () => {
  it('exits 1 on broken JSON and says so for the whole file', () => {
    expect(run.brokenJson!.code).toBe(1);
    expect(run.brokenJson!.stderr).toMatch(/^\(file\): .*JSON/m);
    expect(run.brokenJson!.stdout).toBe('');
  });

  it('exits 1 on a cost amount of true and names the field', () => {
    expect(run.costIsBoolean!.code).toBe(1);
    expect(run.costIsBoolean!.stderr).toMatch(new RegExp(`^${escape(COST_AMOUNT)}: `, 'm'));
  });

  it('exits 1 on an unknown parameter name in an expression and names the field and the name', () => {
    expect(run.unknownName!.code).toBe(1);
    expect(run.unknownName!.stderr).toMatch(new RegExp(`^${escape(COST_AMOUNT)}: .*ukendt_faktor`, 'm'));
  });

  it('exits 1 when the file cannot be read, naming the file', () => {
    expect(run.missingFile!.code).toBe(1);
    expect(run.missingFile!.stderr).toContain('/nonexistent/afkast/scenario.json: ');
  });

  it('never prints a stack trace', () => {
    for (const name of ['brokenJson', 'costIsBoolean', 'unknownName', 'missingFile', 'unknownOption']) {
      expect(run[name]!.stderr, name).not.toMatch(STACK_LINE);
    }
  });
});

describe('the command line itself', () => {
  it('exits 2 on an unknown option and points to --help', () => {
    expect(run.unknownOption!.code).toBe(2);
    expect(run.unknownOption!.stderr).toContain('--bogus');
    expect(run.unknownOption!.stderr).toContain('--help');
    expect(run.unknownOption!.stdout).toBe('');
  });

  it('--help lists the options and exits 0', () => {
    expect(run.help!.code).toBe(0);
    for (const option of ['--total', '--annual', '--discounted', '--departments', '--json', '--csv', '--solve', '--explain', '--timing']) {
      expect(run.help!.stdout).toContain(option);
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
