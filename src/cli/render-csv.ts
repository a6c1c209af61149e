/**
 * The default table as CSV, for spreadsheets (format/csv.ts): a first line stating the basis of the
 * figures (the table's heading: cumulative or annual, in total or per participant, discounted or
 * not; in --lang's language), then the header `id,label,<year labels>`, one
 * row per ledger or department, then the total with id `total`. --csv-dialect da gives what Danish
 * Excel reads (semicolons, decimal commas). Figures are rounded to 2 decimals (øre): finer digits
 * are floating-point noise, and whole kroner would lose the unrounded Netto of Tabel 6.4. Sums of
 * the rounded cells may differ from Netto by an øre; use --json for the raw figures.
 */
import { tableCsv, type CsvDialect } from '../format/csv';
import type { TableView } from './table-view';

export function renderCsv(view: TableView, dialect: CsvDialect = 'standard'): string {
  return tableCsv({
    caption: view.heading,
    header: ['id', 'label', ...view.yearLabels],
    rows: [...view.rows, view.net].map((r) => ({ texts: [r.id, r.label], values: r.values })),
  }, dialect);
}
