/**
 * Offline and installable (docs/offline.md), in the built app in headless Chromium: after the first
 * load the service worker controls the page; with the network off, a reload still opens the app,
 * an edit still recomputes, and the charts' lazy chunk still loads. Without a service worker the
 * same reload fails, so it is the worker that serves the page. The manifest is Danish, its icons
 * are there, and the worker precaches only the build's own files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, warnIfNoChromium } from '../../scripts/serve-built-app';
import { keyFigure } from './key-figure';
import { useAppInChromium } from './use-app-in-chromium';

/** The fields of the web app manifest the install test reads. */
interface WebManifest {
  name: string;
  short_name: string;
  lang: string;
  display: string;
  start_url: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

warnIfNoChromium('offline use');

/** The IPS case's »Udgifter i alt« per participant: 55.000 kr. a year × 18/12 years; 60.000 kr. a year gives 90.000 kr. */
const COST_55 = '82.500 kr.';
const COST_60 = '90.000 kr.';

describe.skipIf(!HAS_CHROMIUM)('the app offline in headless Chromium', () => {
  const chromium = useAppInChromium();

  const totalCosts = (page: Page) => keyFigure(page, 'Netto', 'Udgifter i alt');

  async function firstLoad(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(chromium.app.url);
    await page.getByRole('table').first().waitFor();
    return { page, errors };
  }

  it('reloads with the network off and recomputes an edit', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'da-DK' });
    const { page, errors } = await firstLoad(context);
    // The worker has installed (every file precached) and taken control of the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('table').first().waitFor();
    await expect.poll(() => totalCosts(page).textContent()).toBe(COST_55);
    const editor = page.getByRole('complementary', { name: 'Rediger investeringscasen' });
    const cost = editor.getByRole('textbox', { name: 'Beløb (kr.)', exact: true });
    await cost.fill('60.000');
    await cost.press('Enter');
    await expect.poll(() => totalCosts(page).textContent()).toBe(COST_60);
    // A lazily loaded chunk (the charts) comes from the cache too.
    await page.locator('figure.chart .recharts-wrapper').first().waitFor();
    // The network really is off: a file outside the precache cannot be fetched (navigator.onLine is not
    // reliable under emulated offline in every Chromium version).
    expect(await page.evaluate(() => fetch(`/not-precached-${Math.random()}.txt`).then(() => 'fetched', () => 'offline'))).toBe('offline');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('without a service worker the same offline reload fails (the worker is what serves the page)', async () => {
    const context = await chromium.browser.newContext({ serviceWorkers: 'block', locale: 'da-DK' });
    const { page } = await firstLoad(context);
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.close();
  });

  it('is installable: a Danish manifest with 192 and 512 pixel PNG icons and a maskable one', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(chromium.app.url);
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    const manifest = await page.evaluate(async (url) => (await fetch(url!)).json() as Promise<WebManifest>, href);
    expect(manifest).toMatchObject({ name: 'Afkast – sociale investeringscases', short_name: 'Afkast', lang: 'da', display: 'standalone', start_url: '/' });
    const icons = manifest.icons;
    expect(icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`)).toEqual(['192x192', '512x512', '512x512 maskable']);
    for (const icon of icons) {
      // A PNG's width and height are the big-endian words at bytes 16 and 20.
      const size = await page.evaluate(async (src) => {
        const bytes = new DataView(await (await fetch(src)).arrayBuffer());
        return `${bytes.getUint32(16)}x${bytes.getUint32(20)}`;
      }, new URL(icon.src, chromium.app.url).href);
      expect(size).toBe(icon.sizes);
    }
    await context.close();
  });

  it('precaches every file of the build and nothing from anywhere else', () => {
    const sw = readFileSync(join(chromium.app.outDir, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!).sort();
    expect(urls.every((u) => !/^[a-z]+:/i.test(u) && !u.startsWith('//'))).toBe(true);
    const assets = readdirSync(join(chromium.app.outDir, 'assets')).map((f) => `assets/${f}`);
    for (const file of ['index.html', 'manifest.webmanifest', 'icon-192.png', ...assets]) expect(urls).toContain(file);
    expect(sw).not.toMatch(/registerRoute\((?!new [\w$]+\.NavigationRoute)/); // no runtime caching, only the app shell's navigation
  });
});
