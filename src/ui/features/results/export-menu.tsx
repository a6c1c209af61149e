/**
 * The results' export menu: the year table as CSV (standard or Danish Excel), the case as a
 * workbook with live formulas, and each chart as PNG or SVG. The workbook builder, exceljs and the
 * chart code load only when chosen, so the first page does not carry them. Files go through the
 * platform's save (state: exportFile).
 */
import { useState } from 'react';
import { loadCatalogueMetadata } from '../../../io/catalogue-metadata-loader';
import { tableCsv, type CsvDialect } from '../../../format/csv';
import { fileNameFor, selectModel, selectRun, useAppStore, useAppStoreApi, type ExportKind } from '../../../state';
import { selectTable } from '../../../state/selectors/results';
import { useTexts } from '../../i18n/use-texts';
import { exportTexts } from './export-texts';
import { useResultWords } from './use-result-words';

type Chart = 'net-chart' | 'category-chart';

export function ExportMenu() {
  const t = useTexts(exportTexts);
  const words = useResultWords();
  const store = useAppStoreApi();
  const exportFile = useAppStore((s) => s.exportFile);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const base = () => fileNameFor(store.getState().scenario?.title ?? '').replace(/\.json$/, '');
  const kind = (description: string, extension: string, mime: string): ExportKind => ({ description, extensions: [extension], mimeTypes: [mime] });
  const run = (work: () => Promise<void>) => async () => {
    setBusy(true);
    setNotice('');
    try { await work(); } finally { setBusy(false); }
  };

  const csv = (dialect: CsvDialect) => run(async () => {
    const table = selectTable(store.getState());
    if (!table) return;
    const label = (row: (typeof table.rows)[number]) => (row.department === undefined
      ? words.ledgerName(row.ledger, row.label)
      : `${words.ledgerName(row.ledger, row.ledgerLabel)} – ${row.department === '-' ? words.t.noDepartment : row.label}`);
    const { view } = table;
    const text = tableCsv({
      // The basis of the figures, in the words of the table's and the report's caption.
      caption: words.t.caption(words.t.measures[view.measure], words.scalePhrase(view.scale), view.valuation === 'discounted'),
      header: [t.ledger, ...table.projection.years.map(words.yearLabel)],
      rows: table.rows.map((r) => ({ texts: [label(r)], values: r.values })),
    }, dialect);
    // Danish Excel reads a CSV as UTF-8 (æ, ø, å) only with a byte-order mark.
    const data = new Blob([dialect === 'da' ? `\uFEFF${text}` : text], { type: 'text/csv' });
    await exportFile(data, `${base()}${dialect === 'da' ? '-dansk-excel' : ''}.csv`, kind(t.csvFiles, '.csv', 'text/csv'));
  });

  const xlsx = run(async () => {
    // The workbook lists every figure's source and note: the model is the full catalogue's, once it has arrived.
    const [{ buildWorkbook }, { writeXlsx }, { danishWorkbookWords }] = await Promise.all([
      import('../../../export/workbook/build'), import('../../../export/workbook/write-xlsx'), import('../../../io/workbook-words'),
      loadCatalogueMetadata(),
    ]);
    const state = store.getState();
    const result = selectRun(state);
    const model = selectModel(state);
    if (!state.scenario || !model || !result?.ok) return;
    const built = buildWorkbook(state.scenario, model, result.value, { generator: 'Afkast (browser)', words: danishWorkbookWords() });
    const bytes = await writeXlsx(built.workbook, { creator: 'Afkast' });
    const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await exportFile(new Blob([bytes as BlobPart], { type: mime }), `${base()}.xlsx`, kind(t.xlsxFiles, '.xlsx', mime));
  });

  const chart = (which: Chart, format: 'png' | 'svg') => run(async () => {
    const svg = document.querySelector<SVGSVGElement>(`[data-export="${which}"] .recharts-wrapper > svg.recharts-surface`);
    if (!svg) return setNotice(t.noChart);
    const { chartPng, chartSvgText } = await import('./chart-export');
    const data = format === 'svg' ? new Blob([chartSvgText(svg)], { type: 'image/svg+xml' }) : await chartPng(svg);
    await exportFile(data, `${base()}-${which}.${format}`,
      format === 'svg' ? kind(t.svgFiles, '.svg', 'image/svg+xml') : kind(t.pngFiles, '.png', 'image/png'));
  });

  const items: [string, () => Promise<void>][] = [
    [t.csv, csv('standard')], [t.csvDanish, csv('da')], [t.xlsx, xlsx],
    [t.netPng, chart('net-chart', 'png')], [t.netSvg, chart('net-chart', 'svg')],
    [t.categoryPng, chart('category-chart', 'png')], [t.categorySvg, chart('category-chart', 'svg')],
  ];
  return (
    <details className="export-menu">
      <summary>{t.menu}</summary>
      <ul>
        {items.map(([label, action]) => (
          <li key={label}><button type="button" disabled={busy} onClick={() => void action()}>{label}</button></li>
        ))}
      </ul>
      <p role="status" className="export-menu__status">{busy ? t.working : notice}</p>
    </details>
  );
}
