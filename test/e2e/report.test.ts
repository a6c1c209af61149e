/**
 * The printed report (issue 10) as Chromium prints it: page.pdf on A4 portrait and landscape, its text
 * read back with pdftotext and checked for the figures the app shows (IPS, Tabel 6.4: NPV 201.410 kr.,
 * payback 2,95 år, Netto year 7 201.410), the SHA-256 of the scenario file, page numbers, the
 * assumption log's sources and EXAMPLE flags, and nothing of the editor or toolbar. A horizon changed
 * to 12 years shows year 12 in the table and in both charts (the page's own chart could print stale).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenarioText, serializeScenario } from '../../src/io/load-scenario';
import { sha256Hex } from '../../src/io/sha256';
import { HAS_CHROMIUM, ROOT, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('the report');
const dir = mkdtempSync(join(tmpdir(), 'afkast-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function ipsHash(): string {
  const parsed = parseScenarioText(readFileSync(join(ROOT, 'scenarios', 'ips-inklusion.json'), 'utf8'));
  if (!parsed.ok) throw new Error('IPS does not parse');
  return sha256Hex(serializeScenario(parsed.value.scenario));
}

describe.skipIf(!HAS_CHROMIUM)('the printed report in headless Chromium', () => {
  const chromium = useAppInChromium();

  async function openReport(): Promise<Page> {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('table', { name: /nettoresultat/ }).waitFor();
    return page;
  }

  async function showReport(page: Page): Promise<void> {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('r');
    await page.getByRole('article', { name: 'Rapport' }).waitFor();
    await page.locator('.report .recharts-surface').nth(1).waitFor();
  }

  it('prints IPS on A4 portrait with the app’s figures, the file’s SHA-256 and page numbers, and no editor', async () => {
    const page = await openReport();
    await showReport(page);
    const text = pdfText(await page.pdf({ format: 'A4' }), 'portrait');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('IPS – CEBR (2015), Ekspertgruppen (2015) Tabel 6.4');
    expect(flat).toContain(ipsHash());
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(flat).toContain(`Afkast ${version}`);
    expect(flat).toMatch(/Netto 2,95 år 201\.410 kr\. 3,44 2,44 82\.500 kr\. 283\.910 kr\./);
    // Tabel 6.4's Netto row, all seven years, in the year table.
    expect(flat).toMatch(/Netto −55\.000 −54\.109 2\.673 59\.455 116\.237 173\.019 201\.410/);
    expect(flat).toContain('Kommunen betaler 82.500 kr. pr. deltager');
    expect(flat).toContain('Antagelseslog');
    // The log's rows: name, value and source (a cell's lines interleave with its neighbours' in the text).
    for (const entry of ['andel_job_med_ips', '58 %', 'omkostning_pr_aar', '55.000 kr. pr.', 'Boks 6.11', 'vaerdi_stat']) expect(flat).toContain(entry);
    expect(flat).toContain('år 1 er basisår (faktor 1)');
    expect(flat).toMatch(/Side 1 af \d+/);
    for (const editorText of ['Rediger investeringscasen', 'Åbn fil', 'Gem som fil', 'Udskriv eller gem som PDF']) expect(flat).not.toContain(editorText);
    await page.context().close();
  });

  it('prints landscape too, and a horizon changed to 12 years shows year 12 in the table and both charts', async () => {
    const page = await openReport();
    const horizon = page.getByLabel('Horisont (år)');
    await horizon.fill('12');
    await horizon.press('Enter');
    await page.getByRole('columnheader', { name: 'År 12' }).waitFor();
    await showReport(page);
    const text = pdfText(await page.pdf({ format: 'A4', landscape: true }), 'landscape');
    // Table (År 9 – År 12 block caption and header) and the two charts' axes each name year 12 (the net chart's
    // axis may skip a tick, so at least three in all).
    expect(text.match(/År 12/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(text.replace(/\s+/g, ' ')).toMatch(/Side 1 af \d+/);
    await page.context().close();
  });

  it('numbers the pages in English when the app is in English (»Page n of m«, not »Side n af m«)', async () => {
    const page = await openReport();
    await page.getByRole('button', { name: 'English' }).click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('r');
    await page.getByRole('article', { name: 'Report' }).waitFor();
    const flat = pdfText(await page.pdf({ format: 'A4' }), 'english').replace(/\s+/g, ' ');
    expect(flat).toMatch(/Page 1 of \d+/);
    expect(flat).not.toMatch(/Side \d+ af \d+/);
    await page.context().close();
  });

  it('prints the editing page (Ctrl+P) without the editor or toolbar, every year of the table included', async () => {
    const page = await openReport();
    const flat = pdfText(await page.pdf({ format: 'A4' }), 'editing-page').replace(/\s+/g, ' ');
    expect(flat).toMatch(/Netto −55\.000 −54\.109 2\.673 59\.455 116\.237 173\.019 201\.410/);
    for (const editorText of ['Rediger investeringscasen', 'Åbn fil', 'Gem som fil', 'Mine scenarier', 'Hvor sikre er vi?']) expect(flat).not.toContain(editorText);
    await page.context().close();
  });
});
