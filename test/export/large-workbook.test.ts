/**
 * A large portfolio keeps the workbook usable: above MAX_MONTHLY_CELLS monthly weight cells the
 * payback time is Afkast's value (said on the sheet) instead of a monthly table of formulas; a
 * small one gets the formulas. Both still have every yearly figure as a formula.
 */
import { describe, expect, it } from 'vitest';
import { stringContaining } from '../matchers';
import { buildSyntheticScenario } from '../../bench/synthetic-scenario';
import { runScenario } from '../../src/engine';
import { buildWorkbook, MAX_MONTHLY_CELLS } from '../../src/export/workbook/build';
import { RESULT_YEAR_COLUMN, RESULTS_SHEET } from '../../src/export/workbook/layout';
import { parseScenarioJson } from '../../src/io/load-scenario';

function built(options: Parameters<typeof buildSyntheticScenario>[0]) {
  const loaded = parseScenarioJson(buildSyntheticScenario(options));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const run = runScenario(loaded.value.scenario, loaded.value.model);
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  return { ...buildWorkbook(loaded.value.scenario, loaded.value.model, run.value, { generator: 'test' }), projection: run.value };
}

describe('a large portfolio', () => {
  it('writes the payback time as a value above the monthly cell limit, as formulas below it', () => {
    const large = built({ targetGroups: 3, interventionsPerGroup: 2, cohortsPerGroup: 10, horizonYears: 40 });
    // Lines × 10 cohorts × 480 months exceeds the limit (the small one: × 2 cohorts × 60 months does not).
    expect(large.projection.lines.length * 10 * 480).toBeGreaterThan(MAX_MONTHLY_CELLS);
    expect(large.workbook.sheets.map((s) => s.name)).not.toContain('Tilbagebetaling');
    const sheet = large.workbook.sheets.find((s) => s.name === RESULTS_SHEET)!;
    const row = large.results.keyFigures.get('total')!;
    const payback = sheet.rows[row - 1]![RESULT_YEAR_COLUMN]!.value;
    expect(typeof payback === 'number' || typeof payback === 'string').toBe(true);
    expect(sheet.rows[row - 1]![RESULT_YEAR_COLUMN - 1]!.value).toMatchObject({ formula: stringContaining('SUMPRODUCT') });

    const small = built({ targetGroups: 1, interventionsPerGroup: 1, cohortsPerGroup: 2, horizonYears: 5 });
    expect(small.workbook.sheets.map((s) => s.name)).toContain('Tilbagebetaling');
    const smallSheet = small.workbook.sheets.find((s) => s.name === RESULTS_SHEET)!;
    expect(smallSheet.rows[small.results.keyFigures.get('total')! - 1]![RESULT_YEAR_COLUMN]!.value).toMatchObject({ formula: stringContaining('Tilbagebetaling') });
  });
});
