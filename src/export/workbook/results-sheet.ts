/**
 * Resultater, laid out like the app's table (Tabel 6.4): one row per ledger and »Netto«, one
 * column per year, in blocks: annual net, cumulative, discount factor, discounted, cumulative
 * discounted; then the key figures (NPV and payback as formulas; payback as Afkast's value when a
 * line had to be written as values).
 */
import type { Model, Projection } from '../../engine';
import { neutraliseCsvCell } from '../../format/export-safety';
import {
  DISCOUNT_SHEET, DISCOUNT_YEAR_COLUMN, FACTOR_ROW, FIRST_LINE_ROW, LINE_LEDGER_COLUMN, LINE_YEAR_COLUMN, LINES_SHEET,
  RESULT_YEAR_COLUMN, RESULTS_SHEET,
} from './layout';
import { columnLetter, formula, SheetBuilder, sheetRef, type CellModel, type SheetModel } from './model';

export const TOTAL_ROW_ID = 'total';

/** Where each block's rows are, by ledger id (and 'total'): for readers and tests. */
export interface ResultRows {
  annual: Map<string, number>;
  cumulative: Map<string, number>;
  discounted: Map<string, number>;
  cumulativeDiscounted: Map<string, number>;
  factorRow: number;
  /** Key figures: row per ledger id; NPV in column C, payback in D. */
  keyFigures: Map<string, number>;
}

const text = (s: string): CellModel => ({ value: neutraliseCsvCell(s) });
const q = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

export function resultsSheet(model: Model, projection: Projection, yearLabels: string[], at: { linesLastRow: number; paybackRef?: Map<string, string> }): { sheet: SheetModel; rows: ResultRows } {
  const years = yearLabels.length;
  const ycol = (y: number) => columnLetter(RESULT_YEAR_COLUMN + y);
  const ledgers = model.ledgers.map((l) => ({ id: l.id, label: l.label }));
  const all = [...ledgers, { id: TOTAL_ROW_ID, label: 'Netto' }];
  const b = new SheetBuilder();
  b.add([{ value: 'Resultater (kr., totaler over alle deltagere)', style: 'title' }]);
  b.add([text(at.paybackRef ? 'Alle tal er formler over arkene Linjer, Diskontering, Tilbagebetaling og Input.'
    : 'Alle tal er formler over arkene Linjer, Diskontering og Input. Tilbagebetalingstiden er Afkasts værdi (beregnet på månedsbasis) og regnes ikke om.')]);
  const header = (title: string) => b.add([{ value: title, style: 'header' }, { value: 'id', style: 'header' },
    ...yearLabels.map((v) => ({ value: v, style: 'header' as const }))]);
  const lineRange = (col: string) => `${q(LINES_SHEET)}!$${col}$${FIRST_LINE_ROW}:$${col}$${at.linesLastRow}`;
  const ledgerCol = columnLetter(LINE_LEDGER_COLUMN);

  const block = (title: string, cell: (id: string, row: number, y: number) => string): Map<string, number> => {
    b.add();
    header(title);
    const rows = new Map<string, number>();
    for (const { id, label } of all) {
      const row = b.next;
      rows.set(id, row);
      b.add([{ value: neutraliseCsvCell(label), style: id === TOTAL_ROW_ID ? 'header' : undefined }, text(id),
        ...Array.from({ length: years }, (_, y) => ({ value: formula(cell(id, row, y)), style: 'kr' as const }))]);
    }
    return rows;
  };
  const annual = block('Årligt netto', (id, row, y) => {
    const range = lineRange(columnLetter(LINE_YEAR_COLUMN + y));
    return id === TOTAL_ROW_ID ? `SUM(${range})` : `SUMIF(${lineRange(ledgerCol)},$B${row},${range})`;
  });
  const cumulative = block('Akkumuleret netto', (id, row, y) =>
    (y === 0 ? `${ycol(0)}${annual.get(id)}` : `${ycol(y - 1)}${row}+${ycol(y)}${annual.get(id)}`));
  b.add();
  const factorRow = b.add([{ value: 'Diskonteringsfaktor', style: 'header' }, null,
    ...Array.from({ length: years }, (_, y) => ({ value: formula(sheetRef(DISCOUNT_SHEET, FACTOR_ROW, DISCOUNT_YEAR_COLUMN + y)), style: 'factor' as const }))]);
  const discounted = block('Diskonteret netto', (id, _row, y) => `${ycol(y)}${annual.get(id)}*${ycol(y)}$${factorRow}`);
  const cumulativeDiscounted = block('Akkumuleret diskonteret netto', (id, row, y) =>
    (y === 0 ? `${ycol(0)}${discounted.get(id)}` : `${ycol(y - 1)}${row}+${ycol(y)}${discounted.get(id)}`));
  b.add();
  b.add([{ value: 'Nøgletal', style: 'header' }, { value: 'id', style: 'header' }, { value: 'Nutidsværdi', style: 'header' },
    { value: at.paybackRef ? 'Tilbagebetalingstid (år)' : 'Tilbagebetalingstid (år, Afkasts værdi)', style: 'header' }]);
  const keyFigures = new Map<string, number>();
  for (const { id, label } of all) {
    const series = id === TOTAL_ROW_ID ? projection.total : projection.ledgers[id];
    const r = annual.get(id)!;
    const payback = series?.paybackYears;
    keyFigures.set(id, b.add([text(label), text(id),
      { value: formula(`SUMPRODUCT(${ycol(0)}${r}:${ycol(years - 1)}${r},${ycol(0)}$${factorRow}:${ycol(years - 1)}$${factorRow})`), style: 'kr' },
      at.paybackRef?.has(id) ? { value: formula(at.paybackRef.get(id)!), style: 'number' }
        : payback === undefined || payback === null ? text('ikke inden for horisonten') : { value: payback, style: 'number' }]));
  }
  return {
    sheet: { name: RESULTS_SHEET, rows: b.rows, widths: [30, 14, ...yearLabels.map(() => 14)], freeze: { rows: 0, columns: 2 } },
    rows: { annual, cumulative, discounted, cumulativeDiscounted, factorRow, keyFigures },
  };
}
