/**
 * Workbook export, per example: size of the .xlsx and the time to build and write it (median of 5),
 * plus the time of LibreOffice's recalculation of all of them in one call when soffice is present.
 * `npx tsx bench/workbook-export.ts`. Times are for this machine; they are reported, not asserted.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScenario } from '../src/engine';
import { buildWorkbook } from '../src/export/workbook/build';
import { writeXlsx } from '../src/export/workbook/write-xlsx';
import { parseScenarioText } from '../src/io/load-scenario';
import { hasSoffice, recalculate } from '../test/export/libreoffice';

const dir = new URL('../scenarios/', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'afkast-bench-xlsx-'));
const files: string[] = [];
console.log('example | lines | formula lines | bytes | build ms | write ms');
for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const loaded = parseScenarioText(readFileSync(join(dir, name), 'utf8'));
  if (!loaded.ok) throw new Error(name);
  const run = runScenario(loaded.value.scenario, loaded.value.model);
  if (!run.ok) throw new Error(name);
  const builds: number[] = [], writes: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  let formulaLines = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const built = buildWorkbook(loaded.value.scenario, loaded.value.model, run.value, { generator: 'Afkast (bench)' });
    const t1 = performance.now();
    bytes = await writeXlsx(built.workbook, { creator: 'Afkast' });
    writes.push(performance.now() - t1);
    builds.push(t1 - t0);
    formulaLines = run.value.lines.length - built.valueLines.length;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!.toFixed(1);
  console.log(`${name} | ${run.value.lines.length} | ${formulaLines} | ${bytes.length} | ${median(builds)} | ${median(writes)}`);
  const file = join(out, name.replace(/\.json$/, '.xlsx'));
  writeFileSync(file, bytes);
  files.push(file);
}
if (hasSoffice()) {
  const t = performance.now();
  recalculate(files);
  console.log(`LibreOffice recalculation of ${files.length} workbooks in one call: ${(performance.now() - t).toFixed(0)} ms`);
}
