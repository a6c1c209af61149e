/**
 * A year table as CSV, in two dialects. standard: comma separated, dot decimals (any program reads
 * the numbers). da: what Danish Excel reads on opening, semicolon separated with decimal commas
 * (Excel in a da-DK locale splits on ';' and reads '1234,5' as a number; no thousands separator).
 * Figures are rounded to 2 decimals (øre); text cells are formula-neutralised (OWASP) and quoted
 * where the dialect needs it. A caption, when given, is the first line, one cell: it states what the
 * figures are (total, per participant, per started participant; cumulative or annual; discounted or
 * not) in the words the report's table caption uses, so a file read on its own says its basis.
 */
import { neutraliseCsvCell } from './export-safety';

export type CsvDialect = 'standard' | 'da';

export interface CsvTable {
  /** The basis of the figures in words (a line of its own before the header), e.g. »Akkumuleret nettoresultat pr. deltager, kr. (ikke diskonteret)«. */
  caption?: string;
  /** Column headings (text). */
  header: string[];
  /** Each row: leading text cells, then numbers. */
  rows: { texts: string[]; values: number[] }[];
}

export function tableCsv(table: CsvTable, dialect: CsvDialect = 'standard'): string {
  const separator = dialect === 'da' ? ';' : ',';
  const field = (raw: string) => csvField(raw, separator);
  const lines = [
    ...(table.caption === undefined ? [] : [[field(table.caption)]]),
    table.header.map(field),
    ...table.rows.map((r) => [...r.texts.map(field), ...r.values.map((v) => oere(v, dialect))]),
  ];
  return `${lines.map((l) => l.join(separator)).join('\n')}\n`;
}

/** Half away from zero to 2 decimals; never "-0"; a decimal comma in the Danish dialect. */
export function oere(value: number, dialect: CsvDialect = 'standard'): string {
  // A figure that does not exist (per started participant before anyone has started) is an empty cell.
  if (!Number.isFinite(value)) return '';
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100;
  const text = String(rounded === 0 ? 0 : rounded);
  return dialect === 'da' ? text.replace('.', ',') : text;
}

/** A text cell: formula-neutralised, then RFC 4180 quoting where the separator, a quote or a line break occurs. */
export function csvField(raw: string, separator = ','): string {
  const text = neutraliseCsvCell(raw);
  return text.includes(separator) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
