/**
 * Issue 11, item 10 (reflow): at 200 % zoom on a 1440×900 screen the page is 720×450 CSS px and must not
 * scroll sideways (WCAG 1.4.10); at 960×540 the header must be compact, below a quarter of the height.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('the reflow');

describe.skipIf(!HAS_CHROMIUM)('reflow at 200 % zoom and on a small screen', () => {
  const chromium = useAppInChromium();

  async function open(width: number, height: number): Promise<Page> {
    const context = await chromium.browser.newContext({ viewport: { width, height }, locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('table', { name: /nettoresultat/ }).waitFor();
    return page;
  }

  it('does not scroll sideways at 720×450 (1440×900 at 200 %)', async () => {
    const page = await open(720, 450);
    const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      // The widest elements, to name the culprit if the page does scroll.
      wide: [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1
        && !el.closest('.table-scroll, .sr-only')).slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    }));
    expect(wide).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.context().close();
  });

  it('keeps the header below a quarter of the height at 960×540', async () => {
    const page = await open(960, 540);
    const height = await page.locator('header.masthead').evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(540 / 4);
    await page.context().close();
  });
});
