/**
 * Issue 10: the results hold at every width. Every example in scenarios/ and every catalogue template
 * is opened in the built app and measured at 1280×720, 1440×900 and 1920×1080 (layout-probe.ts): no
 * two text boxes of the results may overlap and no text may be clipped. The year table may scroll
 * sideways only below 1920 px, where ten years beside the editor do not fit; at 1920 it must not.
 * A fault found names the scenario, the size and the elements, e.g. »text overlaps (38×14 px): …«.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/state/examples';
import { availableTemplates } from '../../src/state/edits';
import { NEW_CASE_CATALOGUE } from '../../src/state/edits/new-scenario';
import { probeLayout } from './layout-probe';
import { HAS_CHROMIUM, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('the layout');

const SIZES = [{ width: 1280, height: 720 }, { width: 1440, height: 900 }, { width: 1920, height: 1080 }];
const ROOTS = ['#results', '.results-footer'];
const TEMPLATES = availableTemplates({ catalogue: { id: NEW_CASE_CATALOGUE, version: '' } });

describe.skipIf(!HAS_CHROMIUM)('no overlapping or clipped text in the results', () => {
  const chromium = useAppInChromium();

  async function settle(page: Page): Promise<void> {
    // Charts size themselves with a ResizeObserver: wait until each one is as wide as its box.
    await page.waitForFunction(() => [...document.querySelectorAll('.chart__box')].every((box) => {
      const wrapper = box.querySelector('.recharts-wrapper');
      return wrapper !== null && Math.abs(wrapper.getBoundingClientRect().width - box.getBoundingClientRect().width) < 2;
    }));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }

  async function measure(page: Page, what: string): Promise<string[]> {
    const faults: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      // The category chart draws only once it has been on screen: scroll through the page first.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await settle(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(0, 0);
      const mayScroll = size.width < 1920 ? ['.table-scroll'] : [];
      const found = await page.evaluate(probeLayout, { roots: ROOTS, mayScroll, tolerance: 2 });
      faults.push(...found.map((f) => `${what} at ${size.width}×${size.height}: ${f}`));
    }
    return faults;
  }

  async function openApp(): Promise<Page> {
    const context = await chromium.browser.newContext({ viewport: SIZES[0]!, locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('table', { name: /nettoresultat/ }).waitFor();
    return page;
  }

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });

  it('holds for every example in scenarios/', { timeout: 240_000 }, async () => {
    const page = await openApp();
    const faults: string[] = [];
    for (const example of EXAMPLES) {
      await page.getByRole('button', { name: 'Eksempler', exact: true }).click();
      await page.getByRole('button', { name: example.title, exact: true }).click();
      await expect.poll(() => heading(page).textContent()).toBe(example.title);
      faults.push(...await measure(page, example.id));
    }
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it(`holds for every template of the catalogue (${TEMPLATES.length})`, { timeout: 240_000 }, async () => {
    expect(TEMPLATES.length).toBeGreaterThan(0);
    const page = await openApp();
    const faults: string[] = [];
    for (const [k, choice] of TEMPLATES.entries()) {
      await page.setViewportSize(SIZES[0]!);
      const form = page.locator('details', { has: page.getByRole('heading', { name: 'Ny investeringscase' }) });
      if (!(await form.getAttribute('open') !== null)) await form.locator('summary').click();
      await page.getByLabel('Start fra skabelon').selectOption(String(k));
      await page.getByRole('button', { name: 'Opret ny case fra skabelonen' }).click();
      await expect.poll(() => heading(page).textContent()).toBe(choice.template.label);
      faults.push(...await measure(page, `template ${choice.id}`));
    }
    expect(faults).toEqual([]);
    await page.context().close();
  });
});
