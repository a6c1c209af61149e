/**
 * Runs the command line as a child process, the way a user does (tsx src/cli/main.ts …). Each run
 * costs about half a second of start-up, so a test file starts all its runs at once, a few at a
 * time, and asserts on the collected results.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import type { GoldenResults } from '../golden/golden-support';

const ROOT = new URL('../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'src/cli/main.ts');
export const IPS_FILE = join(ROOT, 'scenarios/ips-inklusion.json');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    // A neutral environment: no npm lifecycle variables, so relative paths mean the cwd.
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() };
    const child = spawn(TSX, [MAIN, ...args], { cwd: ROOT, env });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs the command line inside the test's process (the same main, argv and output, no tsx start-up):
 * for the slow commands (Monte Carlo, tornado). A few tests keep runCli, the real process.
 */
export async function runCliInProcess(args: string[]): Promise<CliRun> {
  const { outputTo, runProgram } = await import('../../src/cli/main');
  let stdout = '', stderr = '';
  const code = await runProgram(args, outputTo((t) => (stdout += t), (t) => (stderr += t)));
  return { code, stdout, stderr };
}

/** Runs every named command line, at most `parallel` at a time. */
export async function runAll<K extends string>(commands: Record<K, string[]>, parallel = 4): Promise<Record<K, CliRun>> {
  const entries = Object.entries(commands) as [K, string[]][];
  const results = {} as Record<K, CliRun>;
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const [name, args] = entries[next++]!;
      results[name] = await runCli(args);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, entries.length) }, worker));
  return results;
}

/**
 * The IPS scenario with `edit` applied, written to a fresh temp file; returns its path. T is the shape
 * the edit reads: the narrow IpsFile, or the whole ScenarioFile.
 */
export function ipsVariant<T = IpsFile>(name: string, edit: (scenario: T) => void): string {
  const scenario = JSON.parse(readFileSync(IPS_FILE, 'utf8')) as T;
  edit(scenario);
  return writeTemp(name, JSON.stringify(scenario));
}

/**
 * The JSON a run printed, in the shape the CLI documents (src/cli/render-json.ts for results; a test
 * names a narrower T for the other commands). JSON.parse gives `any`; the cast states that shape.
 */
export function jsonOf<T = GoldenResults>(run: CliRun): T {
  return JSON.parse(run.stdout) as T;
}

/**
 * The IPS case with a 3-year effect and a uniform 0.5–0.66 range on the effect share, under `title`:
 * the variant the uncertainty tests draw, tornado and compare against the published case.
 */
export function shorterEffectVariant(title: string): string {
  return ipsVariant<ScenarioFile>('variant.json', (file) => {
    file.title = title;
    file.parameters.effekt_aar!.value = 3;
    file.parameters.andel_job_med_ips!.uncertainty = { type: 'uniform', min: 0.5, max: 0.66 };
  });
}

export function writeTemp(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'afkast-cli-')), name);
  writeFileSync(path, text);
  return path;
}

/** Just enough of the file's shape to edit the IPS scenario in a test. */
export interface IpsFile {
  targetGroups: {
    cohorts: { count: unknown }[];
    interventions: { costs: { amount: unknown; payer: { ledger: string; department?: string } }[] }[];
  }[];
  [key: string]: unknown;
}

/**
 * The rows of the printed tables whose first cell is `label`, each split into its other cells:
 * [0] is the row of the yearly table, [1] the row of the key figures.
 */
export function tableRows(stdout: string, label: string): string[][] {
  const rows = stdout.split('\n').filter((l) => l.startsWith(`${label}  `))
    .map((l) => l.slice(label.length).trim().split(/\s{2,}/));
  if (rows.length === 0) throw new Error(`no row '${label}' in:\n${stdout}`);
  return rows;
}
