/**
 * The default table as CSV, for spreadsheets: comma separated, dot decimals whatever --lang says
 * (so any program reads the numbers), header `id,label,<year labels>`, one row per ledger or
 * department, then the total with id `total`. Figures are rounded to 2 decimals (øre): finer
 * digits are floating-point noise, and whole kroner would lose the unrounded Netto of Tabel 6.4.
 * Sums of the rounded cells may differ from Netto by an øre; use --json for the raw figures.
 */
import { neutraliseCsvCell } from '../format/export-safety';
import type { TableView } from './table-view';

export function renderCsv(view: TableView): string {
  const rows = [...view.rows, view.net];
  const lines = [
    ['id', 'label', ...view.yearLabels].map(csvField),
    ...rows.map((r) => [csvField(r.id), csvField(r.label), ...r.values.map(roundToOere)]),
  ];
  return `${lines.map((l) => l.join(',')).join('\n')}\n`;
}

/** Half away from zero to 2 decimals; never "-0". */
function roundToOere(value: number): string {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/** A text cell: formula-neutralised (OWASP), then RFC 4180 quoting where needed. */
function csvField(raw: string): string {
  const text = neutraliseCsvCell(raw);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
