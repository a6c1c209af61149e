/** Words of the results' export menu. */
import type { Texts } from '../../i18n/use-texts';

const da = {
  menu: 'Eksportér',
  csv: 'Tabel som CSV',
  csvDanish: 'Tabel som CSV (dansk Excel: semikolon, decimalkomma)',
  xlsx: 'Excel-arbejdsbog med formler',
  netPng: 'Akkumuleret netto som PNG',
  netSvg: 'Akkumuleret netto som SVG',
  categoryPng: 'Strømme pr. kategori som PNG',
  categorySvg: 'Strømme pr. kategori som SVG',
  working: 'Laver filen …',
  noChart: 'Grafen er ikke vist endnu; rul ned til den og prøv igen.',
  csvFiles: 'CSV-fil',
  xlsxFiles: 'Excel-arbejdsbog',
  pngFiles: 'PNG-billede',
  svgFiles: 'SVG-billede',
  ledger: 'Kasse',
};

export type ExportTexts = typeof da;

const en: ExportTexts = {
  menu: 'Export',
  csv: 'Table as CSV',
  csvDanish: 'Table as CSV (Danish Excel: semicolons, decimal commas)',
  xlsx: 'Excel workbook with formulas',
  netPng: 'Cumulative net as PNG',
  netSvg: 'Cumulative net as SVG',
  categoryPng: 'Flows by category as PNG',
  categorySvg: 'Flows by category as SVG',
  working: 'Making the file …',
  noChart: 'The chart is not shown yet; scroll down to it and try again.',
  csvFiles: 'CSV file',
  xlsxFiles: 'Excel workbook',
  pngFiles: 'PNG image',
  svgFiles: 'SVG image',
  ledger: 'Ledger',
};

export const exportTexts: Texts<ExportTexts> = { da, en };
