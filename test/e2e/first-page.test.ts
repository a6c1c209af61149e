/**
 * The built app in Debian's headless Chromium: the page shows the published Tabel 6.4 (Ekspertgruppen
 * 2015, copied from docs/reference-case-ips.md §2), its toggles work by mouse and keyboard, and it makes no
 * request to any origin but its own. Set UPDATE_SCREENSHOT=1 to write docs/screenshot.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, ROOT, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('the app');

const TABLE_6_4: Record<string, string[]> = {
  Kommune: ['−55.000', '−65.143', '−30.429', '4.285', '38.999', '73.712', '91.069'],
  Region: ['0', '1.535', '4.605', '7.674', '10.744', '13.814', '15.349'],
  Stat: ['0', '9.499', '28.498', '47.496', '66.495', '85.493', '94.992'],
  Netto: ['−55.000', '−54.109', '2.673', '59.455', '116.237', '173.019', '201.410'],
};

describe.skipIf(!HAS_CHROMIUM)('the built app in headless Chromium', () => {
  const chromium = useAppInChromium();



  /** Opens the app in a fresh context; records every request and every console error. */
  async function open(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('table', { name: /nettoresultat/ }).waitFor();
    return { page, requests, errors };
  }

  async function row(page: Page, ledger: string): Promise<string[]> {
    const tr = page.getByRole('table', { name: /nettoresultat/ }).locator('tr', { has: page.getByRole('rowheader', { name: ledger, exact: true }) });
    return tr.getByRole('cell').allTextContents();
  }

  it('shows every cell of Tabel 6.4, cumulative per participant, in Danish', async () => {
    const { page } = await open();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    for (const [ledger, cells] of Object.entries(TABLE_6_4)) expect(await row(page, ledger)).toEqual(cells);
    await page.context().close();
  });

  it('switches to annual figures with the mouse: the kommune gains 34.714 in year 3', async () => {
    const { page } = await open();
    await page.getByRole('group', { name: 'Visning' }).getByRole('button', { name: 'Årligt' }).click();
    expect(await page.getByRole('group', { name: 'Visning' }).getByRole('button', { name: 'Årligt' }).getAttribute('aria-pressed')).toBe('true');
    expect((await row(page, 'Kommune'))[2]).toBe('34.714');
    await page.context().close();
  });

  it('can be operated from the keyboard: skip to the results, Tab to »Årligt« and press Space', async () => {
    const { page } = await open();
    // The first Tab reaches the skip link, which jumps past the toolbar and the editor.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til resultaterne');
    await page.keyboard.press('Enter');
    let focused = '';
    // The key-figure rows' explain buttons (one per ledger) come before the view toggles.
    for (let i = 0; i < 30 && focused !== 'Årligt'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Årligt');
    await page.keyboard.press('Space');
    expect((await row(page, 'Kommune'))[2]).toBe('34.714');
    await page.context().close();
  });

  it('draws the chart with four lines, a zero line and the payback points of the kommune and the total', async () => {
    const { page } = await open();
    const chart = page.getByRole('img', { name: /Linjediagram/ });
    expect(await chart.locator('.recharts-line').count()).toBe(4);
    expect(await chart.locator('.recharts-reference-line').count()).toBe(1);
    expect(await chart.locator('.recharts-reference-dot').count()).toBe(2);
    await page.context().close();
  });

  it('makes no request to any origin other than its own, and logs no errors', async () => {
    const { page, requests, errors } = await open();
    await page.getByRole('group', { name: 'Enhed' }).getByRole('button', { name: 'I alt' }).click();
    await page.waitForLoadState('networkidle');
    const origin = new URL(chromium.app.url).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders the main view at 1280 × 900 (written to docs/screenshot.png when UPDATE_SCREENSHOT=1)', async () => {
    const { page } = await open();
    const png = await page.screenshot({ fullPage: false });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    if (process.env.UPDATE_SCREENSHOT === '1') {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      writeFileSync(join(ROOT, 'docs', 'screenshot.png'), png);
    }
    await page.context().close();
  });
});
