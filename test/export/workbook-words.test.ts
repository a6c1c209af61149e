/**
 * The workbook is written in Danish, so its Input sheet gives the catalogue's Danish notes (issue 11,
 * item 3), not the English ones stored in the catalogue, and an EXAMPLE figure's placeholder source
 * as »ingen offentliggjort kilde fundet«. Without the words (export alone) texts are written as stored.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine';
import { buildWorkbook, type WorkbookMeta } from '../../src/export/workbook/build';
import { INPUT_SHEET } from '../../src/export/workbook/layout';
import { parseScenarioText } from '../../src/io/load-scenario';
import { danishWorkbookWords } from '../../src/io/workbook-words';

function inputRow(id: string, meta: WorkbookMeta): string[] {
  const loaded = parseScenarioText(readFileSync(new URL('../../scenarios/mentor-uddannelseshjaelp.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const run = runScenario(loaded.value.scenario, loaded.value.model);
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  const built = buildWorkbook(loaded.value.scenario, loaded.value.model, run.value, meta);
  const sheet = built.workbook.sheets.find((s) => s.name === INPUT_SHEET)!;
  const row = built.inputRows.get(id);
  if (row === undefined) throw new Error(`${id} is not on the Input sheet`);
  return sheet.rows[row - 1]!.map((c) => (typeof c?.value === 'string' ? c.value : ''));
}

describe('the workbook\'s Input sheet in Danish', () => {
  it('gives a catalogue constant its Danish note', () => {
    const cells = inputRow('kommuneskat_sats', { generator: 'test', words: danishWorkbookWords() });
    expect(cells.some((c) => c.startsWith('Den gennemsnitlige kommunale udskrivningsprocent i 2015'))).toBe(true);
    expect(cells.some((c) => c.includes('The national average'))).toBe(false);
    // Export alone writes the catalogue's stored (English) note.
    expect(inputRow('kommuneskat_sats', { generator: 'test' }).some((c) => c.includes('The national average'))).toBe(true);
  });

  it('says an EXAMPLE figure has no published source, in Danish', () => {
    const cells = inputRow('uddannelseshjaelp_maaned', { generator: 'test', words: danishWorkbookWords() });
    expect(cells).toContain('ingen offentliggjort kilde fundet');
    expect(cells.some((c) => c.includes('Example value'))).toBe(false);
    expect(cells.some((c) => c.startsWith('EKSEMPEL. '))).toBe(true);
  });
});
