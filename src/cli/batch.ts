/**
 * `--batch <folder>`: every scenario file (*.json) in a folder, in one process, in file-name order,
 * so 98 kommuner × 10 cases cost one start-up rather than 980. Output: one JSON line per file
 * (`{"file", "ok": true, "results"}` or `{"file", "ok": false, "errors"}`), or with --csv one CSV:
 * the basis line (what the figures are), then the per-file table with a leading `file` column, the
 * header once. The exit code is 1 when any file failed (its errors are in its JSON line, or on
 * stderr with --csv), else 0.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runScenario, type EngineError } from '../engine';
import { guardrailsFor } from '../io/guardrails';
import type { CliOptions } from './args';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Output } from './commands';
import { renderCsv } from './render-csv';
import { buildJsonResults } from './render-json';
import { buildTableView } from './table-view';
import type { Texts } from './texts';
import type { ReadScenario } from './uncertainty-commands';

/** JSON on one line; non-finite numbers become null (as in toJsonText). */
function jsonLine(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v))}\n`;
}

export function batchFiles(folder: string): string[] | { error: string } {
  try {
    return readdirSync(folder).filter((name) => name.toLowerCase().endsWith('.json')).sort();
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

export function runBatch(folder: string, options: CliOptions, texts: Texts, io: Output, read: ReadScenario): number {
  const files = batchFiles(folder);
  if ('error' in files) return (io.usage(`--batch: cannot read the folder '${folder}' (${files.error})`), EXIT_USAGE);
  if (files.length === 0) return (io.usage(`--batch: no .json files in '${folder}'`), EXIT_USAGE);
  let failed = 0;
  let csvHeader: string | null = null;
  for (const file of files) {
    const outcome = runOne(join(folder, file), options, texts, read);
    if (!outcome.ok) {
      failed += 1;
      if (options.format === 'csv') io.errors(outcome.errors.map((e) => ({ ...e, path: `${file}: ${e.path}` })));
      else io.out(jsonLine({ file, ok: false, errors: outcome.errors }));
      continue;
    }
    if (options.format !== 'csv') {
      io.out(jsonLine({ file, ok: true, results: outcome.json }));
      continue;
    }
    // Every file has the same basis line (the options are the same); it and the header come once.
    const [caption, header, ...rows] = outcome.csv.trimEnd().split('\n');
    if (csvHeader === null) io.out(`${caption}\n${(csvHeader = `file,${header}`)}\n`);
    io.out(rows.map((row) => `${csvCell(file)},${row}\n`).join(''));
  }
  return failed > 0 ? EXIT_INVALID : EXIT_OK;
}

type OneOutcome = { ok: true; json: unknown; csv: string } | { ok: false; errors: EngineError[] };

function runOne(path: string, options: CliOptions, texts: Texts, read: ReadScenario): OneOutcome {
  const loaded = read(path);
  if (!loaded.ok) return loaded;
  const { scenario, model, warnings } = loaded.value;
  const run = runScenario(scenario, model);
  if (!run.ok) return run;
  if (options.format === 'csv') return { ok: true, json: null, csv: renderCsv(buildTableView(run.value, model, options, texts)) };
  const guardrails = guardrailsFor(scenario, model, run.value);
  return { ok: true, json: { ...buildJsonResults(run.value, model, scenario.title, warnings, texts), guardrails }, csv: '' };
}

/** A file name as a CSV cell (RFC 4180 quoting where needed). */
function csvCell(name: string): string {
  return /[",\n\r]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
}
