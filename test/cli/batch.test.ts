/**
 * `--batch <folder>` (src/cli/batch.ts), run in-process: every .json file in the folder gives one
 * JSON line (in file-name order) whose figures equal a single-file --json run of the same file; a
 * broken file gives an `ok: false` line with its errors and exit code 1; --csv gives one CSV with
 * the header once and a leading file column; a missing folder is a usage error.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IPS_FILE, runCliInProcess } from './run-cli';

function folderWith(files: Record<string, string | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'afkast-batch-'));
  for (const [name, text] of Object.entries(files)) {
    if (text === null) copyFileSync(IPS_FILE, join(dir, name));
    else writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('--batch', () => {
  it('prints one JSON line per file, in name order, each equal to the single-file --json result', async () => {
    const dir = folderWith({ 'b-ips.json': null, 'a-ips.json': null, 'notes.txt': 'not a scenario' });
    const batch = await runCliInProcess(['--batch', dir]);
    const single = await runCliInProcess([IPS_FILE, '--json']);
    expect(batch.code).toBe(0);
    const lines = batch.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; ok: boolean; results: unknown });
    expect(lines.map((l) => [l.file, l.ok])).toEqual([['a-ips.json', true], ['b-ips.json', true]]);
    expect(lines[0]!.results).toEqual(JSON.parse(single.stdout));
    expect(lines[1]!.results).toEqual(JSON.parse(single.stdout));
  });

  it('reports a broken file on its own line and exits 1, still running the others', async () => {
    const dir = folderWith({ 'good.json': null, 'bad.json': '{"kind": "afkast.scenario"' });
    const batch = await runCliInProcess(['--batch', dir]);
    expect(batch.code).toBe(1);
    const lines = batch.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; ok: boolean; errors?: unknown[] });
    expect(lines.map((l) => [l.file, l.ok])).toEqual([['bad.json', false], ['good.json', true]]);
    expect(lines[0]!.errors!.length).toBeGreaterThan(0);
  });

  it('with --csv gives one CSV: the basis line and the header once, every row led by its file', async () => {
    const dir = folderWith({ 'x.json': null, 'y.json': null });
    const batch = await runCliInProcess(['--batch', dir, '--csv']);
    const single = await runCliInProcess([IPS_FILE, '--csv']);
    expect(batch.code).toBe(0);
    const [caption, header, ...rows] = single.stdout.trimEnd().split('\n');
    expect(caption).toBe('"Akkumuleret nettoresultat pr. deltager, udiskonteret (kr.)"');
    expect(batch.stdout).toBe(`${caption}\nfile,${header}\n${rows.map((r) => `x.json,${r}\n`).join('')}${rows.map((r) => `y.json,${r}\n`).join('')}`);
  });

  it('refuses a missing folder, a folder without .json files and a file argument beside it', async () => {
    expect((await runCliInProcess(['--batch', join(tmpdir(), 'afkast-no-such-folder')])).code).toBe(2);
    expect((await runCliInProcess(['--batch', folderWith({ 'a.txt': 'x' })])).code).toBe(2);
    const both = await runCliInProcess(['--batch', folderWith({ 'a.json': null }), IPS_FILE]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--batch');
  });
});
