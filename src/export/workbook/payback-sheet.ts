/**
 * The payback time as formulas (docs/semantics.md, "Results"): the engine finds it on the monthly
 * series, so this sheet rebuilds that series per ledger — each line's monthly weights (values, one
 * row per line and cohort) × its scalar × the cohort size (formulas) — then the cumulative net, the
 * months it is below zero, and the time at which it last crosses zero, linear within the month.
 */
import { MONTHS_PER_YEAR, PAYBACK_TOLERANCE_DKK, type Model } from '../../engine';
import { neutraliseCsvCell } from '../../format/export-safety';
import type { Decomposition } from './decompose';
import type { InputCells } from './input-sheet';
import { LINE_YEAR_COLUMN, LINES_SHEET } from './layout';
import { columnLetter, formula, SheetBuilder, sheetRef, type CellModel, type SheetModel } from './model';

export const MONTHS_SHEET = 'Måneder';
export const PAYBACK_SHEET = 'Tilbagebetaling';
const FIRST_MONTH_COLUMN = 4;
const NOT_PAID_BACK = 'ikke inden for horisonten';

const text = (s: string): CellModel => ({ value: neutraliseCsvCell(s) });

export function paybackSheets(model: Model, parts: Decomposition, input: InputCells, lineRows: Map<string, number>, months: number):
{ sheets: SheetModel[]; paybackRef: Map<string, string> } {
  const monthHeader = Array.from({ length: months }, (_, m) => ({ value: `md. ${m}`, style: 'header' as const }));
  const w = new SheetBuilder();
  w.add([{ value: 'Månedsvægte (værdier beregnet af Afkast) og faktorer (formler)', style: 'title' }]);
  w.add([text('Hver linjes flow pr. scenariemåned pr. krone skalar pr. deltager i kohorten; faktor = skalar (Linjer) × kohortestørrelse (Input).')]);
  w.add([{ value: 'Linje', style: 'header' }, { value: 'Kasse', style: 'header' }, { value: 'Faktor', style: 'header' }, ...monthHeader]);
  const groupIndex = new Map(parts.groups.map((g, i) => [g.id, i]));
  for (const d of parts.lines) {
    const scalar = sheetRef(LINES_SHEET, lineRows.get(d.line.id)!, LINE_YEAR_COLUMN - 1, true);
    d.monthlyWeights.forEach((weights, k) => {
      const factor = d.perParticipant ? `${scalar}*${input.cohortName(groupIndex.get(d.line.targetGroup) ?? 0, k)}` : scalar;
      w.add([text(d.line.id), text(d.line.ledger), { value: formula(factor), style: 'kr' }, ...weights.map((v) => ({ value: v, style: 'factor' as const }))]);
    });
  }
  const first = 4;
  const last = Math.max(first, w.rows.length);
  const range = (col: string) => `${sheetRefRange(MONTHS_SHEET, col, first, last)}`;
  const p = new SheetBuilder();
  p.add([{ value: 'Tilbagebetalingstid (formler over Måneder)', style: 'title' }]);
  p.add([text(`Tilbagebetalt når det akkumulerede netto sidste gang når nul nedefra og bliver der til horisonten; lineært inden for måneden. Under −${PAYBACK_TOLERANCE_DKK} kr. tæller som negativt.`)]);
  p.add([{ value: 'Kasse', style: 'header' }, { value: 'id', style: 'header' }, { value: 'Tilbagebetalingstid (år)', style: 'header' }, ...monthHeader]);
  const paybackRef = new Map<string, string>();
  const lastCol = columnLetter(FIRST_MONTH_COLUMN + months - 1);
  const span = (row: number) => `$${columnLetter(FIRST_MONTH_COLUMN)}${row}:$${lastCol}${row}`;
  for (const { id, label } of [...model.ledgers.map((l) => ({ id: l.id, label: l.label })), { id: 'total', label: 'Netto' }]) {
    const net = p.next, cum = net + 1, below = net + 2;
    const lastBelow = `MAX(${span(below)})`;
    const payback = `IF(${lastBelow}<0,0,IF(${lastBelow}+1>=${months},"${NOT_PAID_BACK}",`
      + `(${lastBelow}+1+MIN(1,-INDEX(${span(cum)},${lastBelow}+1)/INDEX(${span(net)},${lastBelow}+2)))/${MONTHS_PER_YEAR}))`;
    const monthCells = (cell: (col: string, m: number) => string) => Array.from({ length: months }, (_, m) => ({
      value: formula(cell(columnLetter(FIRST_MONTH_COLUMN + m), m)), style: 'kr' as const,
    }));
    p.add([text(`${label}: netto pr. måned`), text(id), { value: formula(payback), style: 'number' },
      ...monthCells((col) => (id === 'total' ? `SUMPRODUCT(${range('C')},${range(col)})`
        : `SUMPRODUCT((${range('B')}=$B${net})*${range('C')}*${range(col)})`))]);
    p.add([text(`${label}: akkumuleret`), text(id), null, ...monthCells((col, m) => (m === 0 ? `${col}${net}` : `${columnLetter(FIRST_MONTH_COLUMN + m - 1)}${cum}+${col}${net}`))]);
    p.add([text(`${label}: måned under nul`), text(id), null, ...monthCells((col, m) => `IF(${col}${cum}<-${PAYBACK_TOLERANCE_DKK},${m},-1)`)]);
    paybackRef.set(id, sheetRef(PAYBACK_SHEET, net, 3));
  }
  const widths = [44, 12, 14, ...Array.from({ length: months }, () => 11)];
  return {
    sheets: [
      { name: PAYBACK_SHEET, rows: p.rows, widths, freeze: { rows: 3, columns: 3 } },
      { name: MONTHS_SHEET, rows: w.rows, widths, freeze: { rows: 3, columns: 3 } },
    ],
    paybackRef,
  };
}

function sheetRefRange(sheet: string, col: string, from: number, to: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${col}$${from}:$${col}$${to}`;
}
