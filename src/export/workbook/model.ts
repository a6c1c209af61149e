/** The workbook as plain data (sheets of cells, defined names): built here, written by write-xlsx.ts. */

export type CellValue = number | string | { formula: string } | null;
export type CellStyle = 'title' | 'header' | 'kr' | 'factor' | 'number' | 'note' | 'input';

export interface CellModel {
  value: CellValue;
  style?: CellStyle;
}

export interface SheetModel {
  name: string;
  /** rows[r][c] is cell (r + 1, c + 1). */
  rows: (CellModel | null)[][];
  widths: number[];
  /** Rows and columns kept in view while scrolling. */
  freeze?: { rows: number; columns: number };
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** Defined names: `ref` is an absolute reference on `sheet`, e.g. $E$5. */
  names: { name: string; sheet: string; ref: string }[];
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 reference of 1-based row and column, optionally absolute. */
export function cellRef(row: number, column: number, absolute = false): string {
  return absolute ? `$${columnLetter(column)}$${row}` : `${columnLetter(column)}${row}`;
}

/** A reference to a cell on another sheet (always quoted: sheet names hold Danish letters). */
export function sheetRef(sheet: string, row: number, column: number, absolute = false): string {
  return `'${sheet.replace(/'/g, "''")}'!${cellRef(row, column, absolute)}`;
}

/** Rows under construction: `add` returns the 1-based row number of the row it appended. */
export class SheetBuilder {
  readonly rows: (CellModel | null)[][] = [];
  add(cells: (CellModel | CellValue | null)[] = []): number {
    this.rows.push(cells.map((c) => (c === null ? null : isCell(c) ? c : { value: c })));
    return this.rows.length;
  }
  get next(): number {
    return this.rows.length + 1;
  }
}

function isCell(c: CellModel | CellValue): c is CellModel {
  return typeof c === 'object' && c !== null && 'value' in c;
}

export const formula = (text: string): { formula: string } => ({ formula: text });
