/**
 * --follow-up: the follow-up section (src/format/follow-up-section.ts) after the table, as a second
 * CSV block after an empty line with --csv, or as `followUp` (the raw view and the worded section)
 * with --json. Without realised figures the section says so; it never changes the projection.
 */
import { neutraliseCsvCell } from '../format/export-safety';
import type { FollowUpSection } from '../format/follow-up-section';

export function renderFollowUpText(section: FollowUpSection): string {
  return [
    section.heading,
    section.basis,
    '',
    ...align([section.ledgerColumns, ...section.ledgerRows]),
    '',
    section.outsideSummary,
    ...align([section.deviationColumns, ...section.deviationRows.map((r) => r.cells.map((c, i) => (i === 5 && r.outside ? `⚠ ${c}` : c)))]),
    '',
  ].join('\n');
}

export function renderFollowUpCsv(section: FollowUpSection): string {
  const rows = [['path', ...section.deviationColumns], ...section.deviationRows.map((r) => [r.path, ...r.cells])];
  const ledgers = [section.ledgerColumns, ...section.ledgerRows];
  return `\n${ledgers.map((r) => r.map(csvField).join(',')).join('\n')}\n\n${rows.map((r) => r.map(csvField).join(',')).join('\n')}\n`;
}

function csvField(raw: string): string {
  const text = neutraliseCsvCell(raw);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function align(grid: string[][]): string[] {
  const widths = grid[0]!.map((_, c) => Math.max(...grid.map((row) => row[c]?.length ?? 0)));
  return grid.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}
