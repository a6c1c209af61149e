/**
 * `npm run bench:cli`: the command line's start-up and batch throughput, measured in one run.
 * 1. A cold CLI run of the IPS example (`--json`, output discarded): the bundle
 *    (`node dist-cli/afkast.mjs`, built by `npm run build` or `npm run build:cli`) against the
 *    TypeScript source through tsx, each run as a fresh process, alternately, median of N.
 * 2. `--batch` over a folder of 98 copies of every example in scenarios/ in one bundled process,
 *    against the same number of cold bundled runs (estimated as files × the cold-run median).
 * Options: --runs N (cold runs of each, default 7), --copies N (default 98).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = new URL('../', import.meta.url).pathname;
const BUNDLE = join(ROOT, 'dist-cli/afkast.mjs');
const IPS = join(ROOT, 'scenarios/ips-inklusion.json');
const { values: flags } = parseArgs({ options: { runs: { type: 'string' }, copies: { type: 'string' } } });
const runs = Number(flags.runs ?? 7);
const copies = Number(flags.copies ?? 98);

if (!existsSync(BUNDLE)) {
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('could not build dist-cli/afkast.mjs');
}

function timed(command: string, args: string[]): number {
  const t0 = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, maxBuffer: 1 << 30, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() } });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${String(run.stderr).slice(0, 500)}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const bundled: number[] = [];
const viaTsx: number[] = [];
for (let i = 0; i < runs; i++) {
  bundled.push(timed(process.execPath, [BUNDLE, IPS, '--json']));
  viaTsx.push(timed(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), IPS, '--json']));
}
const cold = median(bundled);
const coldTsx = median(viaTsx);

const folder = mkdtempSync(join(tmpdir(), 'afkast-bench-batch-'));
const examples = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.json'));
for (let c = 0; c < copies; c++) for (const f of examples) copyFileSync(join(ROOT, 'scenarios', f), join(folder, `${String(c).padStart(3, '0')}-${f}`));
const files = copies * examples.length;
let batch: number;
try {
  batch = timed(process.execPath, [BUNDLE, '--batch', folder]);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const f = (ms: number) => `${ms.toFixed(0)} ms`;
process.stdout.write([
  `Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  `Cold CLI run of the IPS example (--json), median of ${runs}, alternately:`,
  `  bundled (node dist-cli/afkast.mjs)  ${f(cold)}`,
  `  tsx src/cli/main.ts                 ${f(coldTsx)}`,
  `  ratio tsx / bundled                 ${(coldTsx / cold).toFixed(2)}`,
  `--batch over ${files} files (${copies} × ${examples.length} examples) in one bundled process: ${f(batch)} (${(batch / files).toFixed(2)} ms a file)`,
  `  ${files} cold bundled runs would take about ${f(files * cold)}: the batch is ${((files * cold) / batch).toFixed(1)} × faster`,
  '',
].join('\n'));
