/**
 * What the built page loads before its first result (bench/first-load.ts, the code bench:size and
 * bench:ui print with): the parts that load on demand stay out of it, and it stays within a budget
 * that fails on any growth of more than about 1 KiB. The budget is not a target: before issue 10's work
 * the first load was 360.8 KiB gzip (commit e3a490f); the Danish and English texts of every template
 * and target group (issue 11) brought it to 365.1 KiB; loading those texts on demand
 * (src/io/catalogue-texts-loader.ts) and taking the file schemas out of the state's first-load paths
 * (the validator chunk, the trusted IPS example, the shipped catalogues merged without the schema)
 * brought it to 313.5 KiB. Issue 13's 300 KiB is not met (docs/performance.md, "First load", says
 * what is left).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { firstLoad } from '../../bench/first-load';
import { buildApp } from '../../scripts/serve-built-app';
import { sharedBuild } from './shared-build';

/** Today's first load (315.7 KiB, measured with bench/first-load.ts) plus about 1 KiB. */
const FIRST_LOAD_BUDGET_GZIP = 316.5 * 1024;

/** The run's shared build (global-setup.ts), or one of the file's own in a folder under the run's temp dir. */
async function outDir(): Promise<string> {
  const runDir = inject('e2eBuildDir');
  if (runDir) return sharedBuild(runDir);
  const dir = mkdtempSync(join(tmpdir(), 'afkast-first-load-'));
  await buildApp(dir);
  return dir;
}

describe('the first load of the built app', () => {
  it('holds neither the editor, the library popovers, the gallery\'s scenarios, the catalogue texts nor decimal.js, and stays within its budget', async () => {
    const dir = await outDir();
    const load = firstLoad(dir);
    const names = load.files.map((f) => f.name);
    for (const lazy of ['editor-panel', 'analysis-panel', 'guided-start', 'example-gallery', 'library-list', 'examples-']) {
      expect(names.filter((n) => n.includes(`/${lazy}`)), lazy).toEqual([]);
    }
    const js = load.files.filter((f) => f.name.endsWith('.js')).map((f) => readFileSync(join(dir, f.name), 'utf8')).join('\n');
    // (booleans, so a failure does not print a megabyte of JavaScript)
    expect(js.includes('ips-inklusion'), 'the example the page opens with').toBe(true);
    expect(js.includes('Voksenlærling for ufaglærte ledige på kontanthjælp'), 'a gallery scenario').toBe(false);
    // decimal.js's own message (recharts' decimal.js-light has none like it)
    expect(js.includes('crypto unavailable'), 'decimal.js').toBe(false);
    // a template note's Danish text and a department's English name (models/dk/texts.da.json, models/core.texts.en.json)
    expect(js.includes('I gennemsnit 18 måneder.'), 'the Danish catalogue texts').toBe(false);
    expect(js.includes('Children and young people'), 'the English catalogue texts').toBe(false);
    // the validator chunk: migration's refusal and the schema's name rule load on demand
    expect(js.includes('not an Afkast scenario'), 'the scenario migration').toBe(false);
    expect(js.includes('that does not start with a digit (it is used in expressions)'), 'the file schema').toBe(false);
    const gzip = load.files.reduce((sum, f) => sum + f.gzip, 0);
    expect(gzip).toBeLessThan(FIRST_LOAD_BUDGET_GZIP);
  }, 180_000); // the build runs inside the test, and takes longer than 20 s on a loaded machine
});
