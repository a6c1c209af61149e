/** --xlsx: the case as a workbook with live formulas (src/export/workbook). */
import { runScenario, type EngineError } from '../engine';
import { buildWorkbook } from '../export/workbook/build';
import { writeXlsx } from '../export/workbook/write-xlsx';
import { danishWorkbookWords } from '../io/workbook-words';
import type { Loaded } from './commands';

export type Written = { ok: true; bytes: Uint8Array; valueLines: number } | { ok: false; errors: EngineError[] };

export async function workbookBytes({ scenario, model }: Loaded): Promise<Written> {
  const run = runScenario(scenario, model);
  if (!run.ok) return { ok: false, errors: run.errors };
  const built = buildWorkbook(scenario, model, run.value, { generator: 'Afkast (kommandolinjen)', words: danishWorkbookWords() });
  return { ok: true, bytes: await writeXlsx(built.workbook, { creator: 'Afkast' }), valueLines: built.valueLines.length };
}
