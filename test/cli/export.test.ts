/**
 * The command line's exports: --csv --csv-dialect da (what Danish Excel reads) and --xlsx (the
 * workbook with live formulas; its recalculation is proved in test/export/workbook-recalc.test.ts).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine';
import { parseScenarioText } from '../../src/io/load-scenario';
import { IPS_FILE, ipsVariant, runCliInProcess } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'afkast-export-'));
const loaded = parseScenarioText(readFileSync(IPS_FILE, 'utf8'));
if (!loaded.ok) throw new Error('IPS does not load');
const run = runScenario(loaded.value.scenario, loaded.value.model);
if (!run.ok) throw new Error('IPS does not run');
const projection = run.value;

describe('--csv-dialect da', () => {
  it('separates with semicolons and writes decimal commas that read back as the engine\'s totals to the øre', async () => {
    const result = await runCliInProcess([IPS_FILE, '--csv', '--csv-dialect', 'da', '--total', '--annual']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((l) => l.split(';'));
    // The first line states the basis of the figures, as the table's heading does.
    expect(lines[0]).toEqual(['Årligt nettoresultat i alt, udiskonteret (kr.)']);
    expect(lines[1]!.slice(0, 3)).toEqual(['id', 'label', 'År 1']);
    const total = lines.find((l) => l[0] === 'total')!;
    expect(total).toHaveLength(2 + projection.horizonYears);
    total.slice(2).forEach((cell, y) => {
      expect(cell).not.toContain('.'); // no thousands separator, no dot decimals
      expect(Number(cell.replace(',', '.'))).toBeCloseTo(projection.total.annual[y]!, 2);
    });
    // The standard dialect is unchanged: commas between fields, dot decimals.
    const standard = await runCliInProcess([IPS_FILE, '--csv', '--total', '--annual']);
    expect(standard.stdout.split('\n')[0]).toBe('"Årligt nettoresultat i alt, udiskonteret (kr.)"');
    const english = await runCliInProcess([IPS_FILE, '--csv', '--lang', 'en']);
    expect(english.stdout.split('\n')[0]).toBe('"Cumulative net result per participant, undiscounted (DKK)"');
    const row = standard.stdout.split('\n').find((l) => l.startsWith('total,'))!;
    expect(Number(row.split(',')[3])).toBeCloseTo(projection.total.annual[1]!, 2);
  });

  it('is refused without --csv, and for an unknown dialect', async () => {
    const alone = await runCliInProcess([IPS_FILE, '--csv-dialect', 'da']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--csv-dialect only applies with --csv');
    const unknown = await runCliInProcess([IPS_FILE, '--csv', '--csv-dialect', 'se']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--csv-dialect must be da or standard, got 'se'");
  });
});

describe('--xlsx', () => {
  it('writes a workbook whose Input names every parameter and whose hostile title is neutralised', async () => {
    const scenario = ipsVariant('hostile.json', (s) => { s.title = '=HYPERLINK("http://x","klik")'; });
    const file = join(dir, 'ips.xlsx');
    const result = await runCliInProcess([scenario, '--xlsx', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Arbejdsbog med formler skrevet');
    const wb = await new ExcelJS.Workbook().xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om', 'Resultater', 'Input', 'Linjer', 'Vægte', 'Diskontering', 'Tilbagebetaling', 'Måneder']);
    expect(wb.getWorksheet('Om')!.getCell('A1').value).toBe('\'=HYPERLINK("http://x","klik")');
    const names = (wb.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name);
    for (const parameter of Object.keys(loaded.value.scenario.parameters)) expect(names.join(' ')).toMatch(new RegExp(`in_${parameter.replace(/[^A-Za-z0-9_]/g, '_')}`));
    // The yearly figures are formulas, not numbers.
    const resultater = wb.getWorksheet('Resultater')!;
    expect(resultater.getRow(5).getCell(3).formula).toContain('SUMIF(');
  });

  it('refuses a file name that is not .xlsx, and --xlsx with --csv', async () => {
    const bad = await runCliInProcess([IPS_FILE, '--xlsx', 'out.csv']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--xlsx needs a file name ending in .xlsx');
    const both = await runCliInProcess([IPS_FILE, '--xlsx', 'a.xlsx', '--csv']);
    expect(both.code).toBe(2);
  });
});
