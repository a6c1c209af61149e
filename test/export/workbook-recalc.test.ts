/**
 * The workbook recalculated by a real spreadsheet engine (LibreOffice Calc, headless) gives the
 * engine's figures to the krone: every example's annual, cumulative and discounted net per ledger
 * and in total, the discount factors and the NPV; and after an input cell is changed in the file,
 * the recalculated NPV equals the engine's NPV run with that parameter overridden.
 * All workbooks go through one soffice call. Without soffice the suite skips, but under CI=true
 * it fails (hasSoffice throws).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dependenciesOf, runScenario, type Model, type Projection, type Scenario } from '../../src/engine';
import { buildWorkbook, type BuiltWorkbook } from '../../src/export/workbook/build';
import { INPUT_SHEET, RESULT_YEAR_COLUMN, RESULTS_SHEET, TYPED_COLUMN, VALUE_COLUMN } from '../../src/export/workbook/layout';
import { writeXlsx } from '../../src/export/workbook/write-xlsx';
import { parseScenarioText } from '../../src/io/load-scenario';
import { hasSoffice, recalculate } from './libreoffice';

const SCENARIOS = new URL('../../scenarios/', import.meta.url).pathname;
const examples = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json')).sort();

interface Case { id: string; scenario: Scenario; model: Model; projection: Projection; built: BuiltWorkbook; file: string }
interface Changed { base: Case; parameter: string; value: number; file: string; expectedNpv: number; expected: Projection['total']; viaCohort: boolean }

/**
 * Expressions whose spreadsheet translation is easy to get wrong, worked by hand (mathjs semantics):
 * −2^2 = −(2^2) = −4 (Excel alone would give 4); round(2.5) + floor(−1.5) + ceil(1.2) + abs(−3) = 3 − 2 + 2 + 3 = 6;
 * (3 > 2 and not (1 == 2)) ? max(1, 4) : 0 = 4; 2·(1 < 0) + 5 = 5; 10 / 4 ^ 2 / 2 = 10/16/2 = 0,3125.
 */
const TRICKY: Record<string, [string, number]> = {
  x_pow: ['-2^2', -4], x_round: ['round(2.5) + floor(-1.5) + ceil(1.2) + abs(-3)', 6],
  x_logic: ['(3 > 2 and not (1 == 2)) ? max(1, 4) : 0', 4], x_bool: ['2 * (1 < 0) + 5', 5], x_div: ['10 / 4 ^ 2 / 2', 0.3125],
};

const soffice = hasSoffice();
const dir = mkdtempSync(join(tmpdir(), 'afkast-xlsx-'));
const cases: Case[] = [];
const changes: Changed[] = [];
const recalculated = new Map<string, ExcelJS.Workbook>();

function load(file: string): Omit<Case, 'built' | 'file' | 'id'> {
  const loaded = parseScenarioText(readFileSync(join(SCENARIOS, file), 'utf8'));
  if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.errors)}`);
  const run = runScenario(loaded.value.scenario, loaded.value.model);
  if (!run.ok) throw new Error(`${file}: ${JSON.stringify(run.errors)}`);
  return { scenario: loaded.value.scenario, model: loaded.value.model, projection: run.value };
}

/** IPS with the TRICKY parameters added (the lines do not read them; Input shows every parameter). */
function tricky(): Omit<Case, 'built' | 'file' | 'id'> {
  const base = load('ips-inklusion.json');
  const parameters = { ...base.scenario.parameters };
  for (const [name, [value]] of Object.entries(TRICKY)) parameters[name] = { value, label: name };
  const scenario = { ...base.scenario, parameters };
  const run = runScenario(scenario, base.model);
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  return { scenario, model: base.model, projection: run.value };
}

/** A recalculated cell's number; LibreOffice writes a formula whose result is 0 without a value. */
function numberAt(wb: ExcelJS.Workbook, sheet: string, row: number, column: number): number {
  const value = wb.getWorksheet(sheet)!.getRow(row).getCell(column).value as unknown;
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'formula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined) return 0;
    if (typeof result === 'number') return result;
    throw new Error(`${sheet}!R${row}C${column}: ${JSON.stringify(value)}`);
  }
  throw new Error(`${sheet}!R${row}C${column} is not a number: ${JSON.stringify(value)}`);
}

describe.skipIf(!soffice)('the workbook recalculated in LibreOffice', () => {
  beforeAll(async () => {
    for (const name of [...examples, 'tricky']) {
      const c = name === 'tricky' ? tricky() : load(name);
      const id = name.replace(/\.json$/, '');
      const built = buildWorkbook(c.scenario, c.model, c.projection, { generator: 'Afkast (test)' });
      const file = join(dir, `${id}.xlsx`);
      writeFileSync(file, await writeXlsx(built.workbook, { creator: 'Afkast' }));
      cases.push({ ...c, id, built, file });
    }
    // Changed inputs: the first live, typed parameter that moves the total NPV and sizes a cohort, and
    // the first that does not (it enters a line's scalar formula), each in its own copy of a workbook.
    const cohortNames = (c: Case) => new Set(dependenciesOf(c.scenario.targetGroups.flatMap((g) => g.cohorts.flatMap((k) => (typeof k.count === 'string' ? k.count.split(/[^A-Za-z0-9_æøåÆØÅ]+/) : []))), c.projection.uses));
    for (const wantCohort of [true, false]) {
      for (const base of cases) {
        if (changes.some((c) => c.viaCohort === wantCohort)) break;
        const input = await new ExcelJS.Workbook().xlsx.readFile(base.file);
        const ws = input.getWorksheet(INPUT_SHEET)!;
        for (const [parameter, row] of base.built.inputRows) {
          const p = base.scenario.parameters[parameter];
          if (!p || typeof p.value !== 'number' || ws.getRow(row).getCell(10).value !== 'ja') continue;
          if (cohortNames(base).has(parameter) !== wantCohort) continue;
          const value = p.value === 0 ? 1000 : p.value * 1.37;
          const run = runScenario(base.scenario, base.model, { overrides: { [parameter]: value } });
          if (!run.ok || Math.abs(run.value.total.npv - base.projection.total.npv) < 100) continue;
          ws.getRow(row).getCell(TYPED_COLUMN).value = value;
          const file = join(dir, `${base.id}-changed-${parameter}.xlsx`);
          await input.xlsx.writeFile(file);
          changes.push({ base, parameter, value, file, expectedNpv: run.value.total.npv, expected: run.value.total, viaCohort: wantCohort });
          console.info(`changed input: ${base.id} ${parameter} ${p.value} → ${value}`);
          break;
        }
      }
    }
    const files = [...cases.map((c) => c.file), ...changes.map((c) => c.file)];
    const outs = recalculate(files);
    for (const [i, out] of outs.entries()) recalculated.set(files[i]!, await new ExcelJS.Workbook().xlsx.readFile(out));
  }, 240_000);

  it('covers every example scenario', () => {
    expect(cases.filter((c) => c.id !== 'tricky').length).toBe(examples.length);
    expect(examples.length).toBeGreaterThanOrEqual(9);
  });

  it('translates expressions with mathjs precedence and functions, worked by hand', () => {
    const c = cases.find((x) => x.id === 'tricky')!;
    const wb = recalculated.get(c.file)!;
    for (const [name, [, expected]] of Object.entries(TRICKY)) {
      expect(c.projection.values[name], `engine ${name}`).toBeCloseTo(expected, 12);
      expect(numberAt(wb, INPUT_SHEET, c.built.inputRows.get(name)!, VALUE_COLUMN), `LibreOffice ${name}`).toBeCloseTo(expected, 12);
    }
  });

  it('gives every named input cell the engine\'s value (parameters re-priced, expressions, catalogue figures)', () => {
    for (const c of cases) {
      const wb = recalculated.get(c.file)!;
      for (const [name, row] of c.built.inputRows) {
        const expected = c.projection.values[name]!;
        expect(numberAt(wb, INPUT_SHEET, row, VALUE_COLUMN), `${c.id} ${name}`).toBeCloseTo(expected, 6);
      }
    }
  });

  it.each(examples.map((e) => e.replace(/\.json$/, '')))('%s: every yearly figure, factor and NPV equals the engine to the krone', (id) => {
    const c = cases.find((x) => x.id === id)!;
    const wb = recalculated.get(c.file)!;
    const { results } = c.built;
    let nonZero = 0;
    const series = (key: string) => (key === 'total' ? c.projection.total : c.projection.ledgers[key]!);
    for (const [block, rows] of [['annual', results.annual], ['cumulative', results.cumulative], ['discounted', results.discounted],
      ['cumulativeDiscounted', results.cumulativeDiscounted]] as const) {
      for (const [key, row] of rows) {
        series(key)[block].forEach((expected, y) => {
          const got = numberAt(wb, RESULTS_SHEET, row, RESULT_YEAR_COLUMN + y);
          if (got !== 0) nonZero += 1;
          expect(Math.abs(got - expected), `${block} ${key} year ${y + 1}: ${got} vs ${expected}`).toBeLessThan(0.5);
        });
      }
    }
    c.projection.discount.factors.forEach((f, y) => {
      expect(numberAt(wb, RESULTS_SHEET, results.factorRow, RESULT_YEAR_COLUMN + y)).toBeCloseTo(f, 9);
    });
    for (const [key, row] of results.keyFigures) {
      expect(Math.abs(numberAt(wb, RESULTS_SHEET, row, RESULT_YEAR_COLUMN) - series(key).npv), `NPV ${key}`).toBeLessThan(0.5);
    }
    // The payback time (years; the engine's monthly rule) — a formula in the workbook.
    for (const [key, row] of results.keyFigures) {
      const expected = series(key).paybackYears;
      const cell = wb.getWorksheet(RESULTS_SHEET)!.getRow(row).getCell(RESULT_YEAR_COLUMN + 1).value as { formula?: string; result?: unknown };
      expect(cell.formula, `payback ${key} is a formula`).toBeDefined();
      if (expected === null) expect(cell.result, `payback ${key}`).toBe('ikke inden for horisonten');
      else expect(numberAt(wb, RESULTS_SHEET, row, RESULT_YEAR_COLUMN + 1), `payback ${key}`).toBeCloseTo(expected, 6);
    }
    // The file had no cached results: non-zero figures prove LibreOffice computed them.
    expect(nonZero).toBeGreaterThan(0);
  });

  it.each([true, false])('recomputes the NPV after an input cell is changed, as the engine does (cohort size: %s)', (viaCohort) => {
    const changed = changes.find((c) => c.viaCohort === viaCohort);
    expect(changed, 'an example with such a live parameter that moves the NPV').toBeDefined();
    const wb = recalculated.get(changed!.file)!;
    const row = changed!.base.built.results.keyFigures.get('total')!;
    const npv = numberAt(wb, RESULTS_SHEET, row, RESULT_YEAR_COLUMN);
    expect(Math.abs(npv - changed!.base.projection.total.npv)).toBeGreaterThan(100);
    expect(Math.abs(npv - changed!.expectedNpv), `${changed!.base.id}: ${changed!.parameter} = ${changed!.value}`).toBeLessThan(0.5);
    const payback = wb.getWorksheet(RESULTS_SHEET)!.getRow(row).getCell(RESULT_YEAR_COLUMN + 1).value as { result?: unknown };
    expect(payback.result ?? 0).toEqual(changed!.expected.paybackYears === null ? 'ikke inden for horisonten' : expect.closeTo(changed!.expected.paybackYears, 6));
  });
});
