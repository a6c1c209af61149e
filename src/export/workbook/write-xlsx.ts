/**
 * Writes a workbook model as .xlsx with exceljs (loaded only when called, so the app's first load
 * does not carry it). Formulas are written without cached results and the file asks for a full
 * recalculation on load, so Excel and LibreOffice show freshly computed figures.
 */
import type { CellModel, CellStyle, WorkbookModel } from './model';

const FORMATS: Partial<Record<CellStyle, string>> = {
  kr: '#,##0;-#,##0', factor: '0.000000', number: '#,##0.####', input: 'General',
};

export async function writeXlsx(model: WorkbookModel, props: { creator: string }): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = props.creator;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name, sheet.freeze
      ? { views: [{ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] } : {});
    sheet.widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((cell, c) => { if (cell) writeCell(row.getCell(c + 1), cell); });
    });
  }
  for (const { name, sheet, ref } of model.names) wb.definedNames.add(`'${sheet.replace(/'/g, "''")}'!${ref}`, name);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

type ExcelCell = { value: unknown; numFmt: string; font: object; alignment: object };

function writeCell(target: ExcelCell, cell: CellModel): void {
  target.value = cell.value;
  const format = cell.style && FORMATS[cell.style];
  if (format) target.numFmt = format;
  if (cell.style === 'title') target.font = { bold: true, size: 14 };
  else if (cell.style === 'header') target.font = { bold: true };
  else if (cell.style === 'input') target.font = { color: { argb: 'FF1F4E9E' } };
  if (cell.style === 'note') target.alignment = { wrapText: false };
}
