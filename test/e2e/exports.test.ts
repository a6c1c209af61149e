/**
 * The results' exports in the built app in headless Chromium (under the app's Content-Security-
 * Policy): the workbook with formulas (exceljs loads lazily and runs without eval), the year table
 * as CSV in both dialects, and the cumulative chart as SVG and PNG. The save dialog is taken away
 * (showSaveFilePicker and showOpenFilePicker deleted) so browser-fs-access falls back to a download, which the test reads.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, warnIfNoChromium } from '../../scripts/serve-built-app';
import { stringContaining } from '../matchers';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('the exports');

describe.skipIf(!HAS_CHROMIUM)('exports in headless Chromium', () => {
  const chromium = useAppInChromium();
  const foreign: string[] = [];
  const errors: string[] = [];

  async function open(): Promise<Page> {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', acceptDownloads: true });
    await context.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      delete w.showSaveFilePicker;
      delete w.showOpenFilePicker;
    });
    const page = await context.newPage();
    const origin = new URL(chromium.app.url).origin;
    page.on('request', (request) => { if (new URL(request.url()).origin !== origin) foreign.push(request.url()); });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('table', { name: /nettoresultat/ }).waitFor();
    return page;
  }

  async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
    const menu = page.locator('details.export-menu');
    if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('button', { name: item, exact: true }).click()])
      .catch((error: Error) => { throw new Error(`${error.message}; page errors: ${errors.join(' | ')}`); });
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
  }

  it('saves the workbook with formulas, the CSV in both dialects and the chart as SVG and PNG', async () => {
    const page = await open();
    const workbook = await download(page, 'Excel-arbejdsbog med formler');
    expect(workbook.name).toMatch(/^ips-.*\.xlsx$/);
    const wb = await new ExcelJS.Workbook().xlsx.load(workbook.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om', 'Resultater', 'Input', 'Linjer', 'Vægte', 'Diskontering', 'Tilbagebetaling', 'Måneder']);
    expect(wb.getWorksheet('Resultater')!.getRow(5).getCell(3).value).toMatchObject({ formula: stringContaining('SUMIF(') });

    const danish = (await download(page, 'Tabel som CSV (dansk Excel: semikolon, decimalkomma)')).bytes.toString('utf8');
    expect(danish.startsWith('\uFEFF')).toBe(true);
    const netto = danish.split('\n').find((l) => l.startsWith('Netto;'))!.split(';').slice(1);
    expect(netto.length).toBe(7);
    for (const cell of netto) expect(cell).toMatch(/^-?\d+(,\d{1,2})?$/);
    const standard = (await download(page, 'Tabel som CSV')).bytes.toString('utf8');
    const nettoStandard = standard.split('\n').find((l) => l.startsWith('Netto,'))!.split(',').slice(1);
    expect(nettoStandard.map(Number)).toEqual(netto.map((c) => Number(c.replace(',', '.'))));

    const svg = (await download(page, 'Akkumuleret netto som SVG')).bytes.toString('utf8');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(3);
    const png = (await download(page, 'Akkumuleret netto som PNG')).bytes;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5000);

    await page.locator('[data-export="category-chart"] .recharts-wrapper').scrollIntoViewIfNeeded();
    const categories = (await download(page, 'Strømme pr. kategori som SVG')).bytes.toString('utf8');
    expect(categories).toContain('<svg');
    expect(categories).toContain('recharts-bar');

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  }, 120_000);
});
