/**
 * Text from a hostile file, echoed by the command line: terminal escape codes shown escaped, a key
 * with a line break cannot forge a second error line, long lines are cut, and CSV labels that a
 * spreadsheet would evaluate as formulas are neutralised (OWASP CSV injection).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ECHOED_LINE, neutraliseCsvCell, terminalLine, terminalSafe } from '../../src/format/export-safety';
import { IPS_FILE, runCliInProcess } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'afkast-injection-'));
const ips = JSON.parse(readFileSync(IPS_FILE, 'utf8')) as Record<string, unknown> & { targetGroups: { label: string }[] };

function writeScenario(name: string, change: (s: typeof ips) => unknown): string {
  const copy = structuredClone(ips);
  change(copy);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(copy));
  return file;
}

describe('terminal and line injection', () => {
  it('prints a title with escape codes, bell and NUL escaped, never raw', async () => {
    const file = writeScenario('title.json', (s) => (s.title = '\u001b[2J\u001b[HForged\u0007\u0000'));
    const run = await runCliInProcess([file]);
    expect(run.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(run.stdout).toContain('\\x1b[2J');
  });

  it('keeps one problem on one line: a key with a line break cannot forge a valid-looking error', async () => {
    const file = writeScenario('key.json', (s) => ((s.settings as Record<string, unknown>)['bad\nsettings.horizonYears: forged line'] = 1));
    const run = await runCliInProcess([file]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('settings.horizonYears: forged'))).toEqual([]);
    expect(run.stderr).toContain('\\n');
  });

  it('cuts an echoed line of 50 kB to the limit', async () => {
    const file = writeScenario('long.json', (s) => ((s.settings as Record<string, unknown>)[`x${'y'.repeat(50_000)}`] = 1));
    const run = await runCliInProcess([file]);
    expect(run.code).toBe(1);
    for (const line of run.stderr.split('\n')) expect(line.length).toBeLessThanOrEqual(MAX_ECHOED_LINE + 100);
  });

  it('escapes every control character in a message line and keeps ordinary text', () => {
    expect(terminalLine('a\nb\rc\u001bd\te')).toBe('a\\nb\\x0dc\\x1bd\\x09e');
    expect(terminalSafe('linje 1\nlinje 2\tø\u009b')).toBe('linje 1\nlinje 2\tø\\x9b');
    expect(terminalLine('x'.repeat(600))).toHaveLength(MAX_ECHOED_LINE);
  });
});

describe('CSV injection', () => {
  it('neutralises cells that start with =, +, -, @, tab or CR and leaves others alone', () => {
    for (const bad of ['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1)', '\tx', '\rx']) {
      expect(neutraliseCsvCell(bad)).toBe(`'${bad}`);
    }
    expect(neutraliseCsvCell('Kommune')).toBe('Kommune');
  });

  it('writes a label that is a formula as text in --csv', async () => {
    const file = writeScenario('csv.json', (s) => {
      s.model = { ledgers: [{ id: 'fond', label: '=HYPERLINK("http://evil")' }] };
    });
    const run = await runCliInProcess([file, '--csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`'=HYPERLINK`);
    for (const line of run.stdout.trim().split('\n')) {
      for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@]/);
    }
  });
});
