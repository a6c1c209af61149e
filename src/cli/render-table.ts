/**
 * The default view: a Tabel 6.4-style text table (whole kroner, right-aligned, rounded only here),
 * then the key figures per row and the conventions the figures were computed under.
 */
import { formatNumber, formatRatio, formatYears } from '../format/numbers';
import type { Lang } from './args';
import type { TableView } from './table-view';
import type { Texts } from './texts';

/** Payback time is printed to the day-ish precision the reference case quotes (2,953 år). */
const PAYBACK_DECIMALS = 3;
const GAP = '  ';

export function renderTable(view: TableView, texts: Texts, lang: Lang, title: string): string {
  const rows = [...view.rows, view.net];
  const figures = [
    [texts.keyFigures, texts.payback, texts.npv, texts.bcr],
    ...rows.map((r) => [r.label, formatYears(r.paybackYears, lang, PAYBACK_DECIMALS), formatNumber(r.npv, lang), formatRatio(r.bcr, lang)]),
  ];
  return [
    title,
    view.heading,
    '',
    ...alignColumns([['', ...view.yearLabels], ...rows.map((r) => [r.label, ...r.values.map((v) => formatNumber(v, lang))])], rows.length),
    '',
    ...alignColumns(figures, rows.length),
    '',
    `${texts.discount}: ${view.discountLabel}; ${view.convention}`,
    `${texts.optimism}: ${view.optimism}`,
    `${texts.publicFinance}: ${view.publicFinance}`,
    `${texts.rulesYear}: ${view.rulesYear}`,
    `${texts.perspective}: ${view.perspectiveLabel}`,
    ...(view.welfare === null ? [] : [`${texts.welfare}: ${view.welfare}`]),
    `${texts.participants}: ${formatNumber(view.participants, lang, Number.isInteger(view.participants) ? 0 : 2)}`,
    '',
  ].join('\n');
}

/**
 * Pads a grid of cells: the first column left-aligned, the others right-aligned. A rule is drawn
 * above the last row (Netto) when `bodyRows` > 1, as in the published table.
 */
function alignColumns(grid: string[][], bodyRows: number): string[] {
  const widths = grid[0]!.map((_, c) => Math.max(...grid.map((row) => row[c]?.length ?? 0)));
  const lines = grid.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(GAP).trimEnd());
  if (bodyRows > 1) {
    const rule = '─'.repeat(widths.reduce((s, w) => s + w, 0) + GAP.length * (widths.length - 1));
    lines.splice(lines.length - 1, 0, rule);
  }
  return lines;
}
