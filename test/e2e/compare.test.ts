/**
 * Comparing variants in the built app in Debian's headless Chromium: make a variant of the IPS case,
 * set »Andel i job med IPS« to 40 %, see baseline and variant side by side with the differing
 * assumption listed, reload, and the variant is still there (autosaved with the scenario); save the
 * variant as a file of its own. Also: no serious axe-core violations in the panel, and no request
 * beyond the app's own origin.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, ROOT, warnIfNoChromium } from '../../scripts/serve-built-app';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('the comparison of variants');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

describe.skipIf(!HAS_CHROMIUM)('comparing variants in headless Chromium', () => {
  const chromium = useAppInChromium();
  const foreign: string[] = [];
  const errors: string[] = [];



  /** axe is injected as an inline script, which the app's Content-Security-Policy forbids: only its context bypasses it. */
  async function newContext({ forAxe = false } = {}): Promise<BrowserContext> {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', bypassCSP: forAxe, acceptDownloads: true });
    // Without the File System Access API the platform's saveFile (browser-fs-access) falls back to
    // a download, which the test can catch; the picker itself cannot be driven headless.
    // (A global's methods live on the window object itself, not on Window.prototype.)
    await context.addInitScript(() => {
      for (const target of [window, Window.prototype] as { showOpenFilePicker?: unknown }[]) delete target.showOpenFilePicker;
    });
    const origin = new URL(chromium.app.url).origin;
    context.on('page', (page) => {
      page.on('request', (request) => { if (new URL(request.url()).origin !== origin) foreign.push(request.url()); });
      page.on('pageerror', (error) => errors.push(error.message));
    });
    return context;
  }

  async function openPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    return page;
  }

  async function makeVariantWithShare(page: Page, text: string): Promise<void> {
    await page.getByRole('button', { name: 'Lav variant' }).click();
    const share = page.getByRole('textbox', { name: 'Andel i job med IPS i Variant 1' });
    await share.fill(text);
    await share.press('Enter');
  }

  async function openCompare(page: Page): Promise<void> {
    await page.getByRole('table', { name: /nettoresultat pr\. deltager/ }).first().waitFor();
    await page.getByRole('tab', { name: 'Sammenlign varianter' }).click();
  }

  /** The cells [Basis, Variant 1, …] of a key figure within a ledger's group of the side-by-side table. */
  async function figureCells(page: Page, ledger: string, figure: string): Promise<string[]> {
    const group = page.getByRole('rowgroup', { name: ledger, exact: true });
    return group.locator('tr', { has: page.getByRole('rowheader', { name: figure, exact: true }) }).getByRole('cell').allTextContents();
  }

  async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Element) => Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run(document.querySelector('.analysis')!)).violations;
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('makes a variant with 40 % in job, shows both columns and the changed assumption, and keeps it through a reload', async () => {
    const context = await newContext();
    const page = await openPage(context);
    await openCompare(page);
    await makeVariantWithShare(page, '40');
    // Gain (0,40 − 0,235) × 164.585,74 = 27.156,65 kr. a year from month 18: payback 1,5 + 82.500 / 27.156,65 = 4,54 år.
    // Baseline (Tabel 6.4): 1,5 + 82.500 / 56.782,07 = 2,95 år.
    await expect.poll(() => figureCells(page, 'Netto', 'Tilbagebetalingstid')).toEqual(['2,95 år', '4,54 år']);
    // NPV undiscounted: 5 × 27.156,65 − 82.500 = 53.283 kr.; baseline 5 × 56.782,07 − 82.500 = 201.410 kr.
    expect(await figureCells(page, 'Netto', 'Nutidsværdi (NPV)')).toEqual(['201.410 kr.', '53.283 kr.']);
    const differences = page.getByRole('table', { name: 'Variant 1', exact: true });
    const changed = differences.locator('tr', { hasText: 'Parameter andel_job_med_ips › Værdi' });
    expect(await changed.getByRole('cell').allTextContents()).toEqual(['58 %', '40 %']);

    await page.getByText('Gemt i browseren').waitFor();
    await page.reload({ waitUntil: 'networkidle' });
    await openCompare(page);
    await expect.poll(() => figureCells(page, 'Netto', 'Tilbagebetalingstid')).toEqual(['2,95 år', '4,54 år']);
    expect(await page.getByRole('textbox', { name: 'Andel i job med IPS i Variant 1' }).inputValue()).toBe('40 %');
    expect(await page.getByRole('columnheader', { name: 'Variant 1', exact: true }).count()).toBeGreaterThan(0);

    await context.close();
  });

  it('saves the variant as a scenario file of its own', async () => {
    const context = await newContext();
    const page = await openPage(context);
    await openCompare(page);
    await makeVariantWithShare(page, '40 %');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gem variant som fil: Variant 1' }).click(),
    ]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as ScenarioFile;
    expect(file.title).toBe('IPS – CEBR (2015), Ekspertgruppen (2015) Tabel 6.4 – Variant 1');
    expect(file.parameters.andel_job_med_ips!.value).toBe(0.4);
    expect(file).not.toHaveProperty('variants');
    expect(download.suggestedFilename()).toMatch(/^ips-.*variant-1\.json$/);
    await context.close();
  });

  it('has no serious or critical axe-core violations in the panel', async () => {
    const context = await newContext({ forAxe: true });
    const page = await openPage(context);
    await openCompare(page);
    await makeVariantWithShare(page, '40');
    await expect.poll(() => figureCells(page, 'Netto', 'Tilbagebetalingstid')).toEqual(['2,95 år', '4,54 år']);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('raised no page errors and made no request beyond the app\'s origin', () => {
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
