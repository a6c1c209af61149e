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
import { localizeTemplate } from '../../src/io/catalogue-texts';
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
      // The new case is titled by the template's label in the page's language (Danish).
      await expect.poll(() => heading(page).textContent()).toBe(localizeTemplate(choice.id, choice.template, 'da').label);
      faults.push(...await measure(page, `template ${choice.id}`));
    }
    expect(faults).toEqual([]);
    await page.context().close();
  });
});

/**
 * Issue 11, item 6: the masthead's toolbar at 1280×720 and 960×540, in Danish and English: every
 * button of it (undo, redo, Ny case, open, save, share, examples, my scenarios, portfolio, language)
 * is shown whole inside the window, no two overlap, no text in the masthead is clipped, and the
 * masthead ends above the editor and the results. With »Ny case« open, its panel fits the window.
 */
describe.skipIf(!HAS_CHROMIUM)('the toolbar holds at 1280×720 and 960×540', () => {
  const chromium = useAppInChromium();
  const TOOLBAR_SIZES = [{ width: 1280, height: 720 }, { width: 960, height: 540 }];

  it('shows every button whole, none overlapping, in both languages', { timeout: 120_000 }, async () => {
    const faults: string[] = [];
    for (const locale of ['da-DK', 'en-GB']) {
      const context = await chromium.browser.newContext({ viewport: TOOLBAR_SIZES[0]!, locale });
      const page = await context.newPage();
      await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
      await page.locator('.masthead [role="toolbar"] button').first().waitFor();
      if (locale === 'en-GB' && await page.getByRole('button', { name: 'English', exact: true }).count() > 0) {
        await page.getByRole('button', { name: 'English', exact: true }).click();
      }
      for (const size of TOOLBAR_SIZES) {
        await page.setViewportSize(size);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const what = `${locale} at ${size.width}×${size.height}`;
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const width = document.documentElement.clientWidth;
          const buttons = [...document.querySelectorAll<HTMLElement>('.masthead button')].filter((b) => b.checkVisibility());
          if (buttons.length < 10) out.push(`only ${buttons.length} buttons in the masthead`);
          const rects = buttons.map((b) => ({ b, r: b.getBoundingClientRect() }));
          for (const { b, r } of rects) {
            if (r.left < -0.5 || r.right > width + 0.5) out.push(`button outside the window (${Math.round(r.left)}–${Math.round(r.right)} of ${width}): »${b.textContent}«`);
            if (b.scrollWidth > b.clientWidth + 1) out.push(`button text clipped: »${b.textContent}«`);
          }
          for (let i = 0; i < rects.length; i++) {
            for (let j = i + 1; j < rects.length; j++) {
              const a = rects[i]!.r;
              const c = rects[j]!.r;
              const dx = Math.min(a.right, c.right) - Math.max(a.left, c.left);
              const dy = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
              if (dx > 0.5 && dy > 0.5) out.push(`buttons overlap: »${rects[i]!.b.textContent}« and »${rects[j]!.b.textContent}«`);
            }
          }
          const masthead = document.querySelector('.masthead')!.getBoundingClientRect();
          const workspace = document.querySelector('.workspace')!.getBoundingClientRect();
          if (masthead.bottom > workspace.top + 0.5) out.push(`the masthead (to ${Math.round(masthead.bottom)} px) runs into the workspace (from ${Math.round(workspace.top)} px)`);
          return out;
        });
        faults.push(...found.map((f) => `${what}: ${f}`));
        faults.push(...(await page.evaluate(probeLayout, { roots: ['.masthead'], mayScroll: [], tolerance: 2 })).map((f) => `${what}: ${f}`));
        // »Ny case« open: its panel inside the window, its text unclipped and not overlapping.
        const guided = page.locator('.masthead [role="toolbar"] button[aria-haspopup="dialog"]');
        await guided.click();
        await page.locator('.guided').waitFor();
        const panel = await page.locator('.guided').boundingBox();
        if (!panel || panel.x < -0.5 || panel.x + panel.width > size.width + 0.5) faults.push(`${what}: the guided start's panel is outside the window (${JSON.stringify(panel)})`);
        faults.push(...(await page.evaluate(probeLayout, { roots: ['.guided'], mayScroll: [], tolerance: 2 })).map((f) => `${what}, Ny case open: ${f}`));
        await page.keyboard.press('Escape');
        await page.locator('.guided').waitFor({ state: 'detached' });
      }
      await context.close();
    }
    expect(faults).toEqual([]);
  });
});

/**
 * The editor's settings at 1280×720, in Danish and English: every field's label is one line (two grid
 * columns beside the results leave a field about 190 px; »Regler fra år (standard: første år)« wrapped,
 * so the default is now a hint under the field). Lines are counted from the label text's line boxes.
 */
describe.skipIf(!HAS_CHROMIUM)('the settings\' labels hold at 1280×720', () => {
  const chromium = useAppInChromium();

  it('gives every settings label one line, in both languages', { timeout: 60_000 }, async () => {
    const faults: string[] = [];
    for (const [locale, language, heading] of [['da-DK', 'Dansk', 'Indstillinger'], ['en-GB', 'English', 'Settings']] as const) {
      const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 720 }, locale });
      const page = await context.newPage();
      await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: language, exact: true }).click();
      await page.getByRole('heading', { level: 3, name: heading, exact: true }).waitFor();
      const found = await page.evaluate((name) => {
        const h3 = [...document.querySelectorAll('h3')].find((h) => h.textContent === name)!;
        const section = h3.closest('.editor-section')!;
        const labels = [...section.querySelectorAll<HTMLLabelElement>('.editor-grid > .editor-field > label')];
        const out: string[] = labels.length < 8 ? [`only ${labels.length} labels in the settings`] : [];
        for (const label of labels) {
          const range = document.createRange();
          range.selectNodeContents(label);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(`»${label.textContent}« takes ${lines.size} lines (${Math.round(label.getBoundingClientRect().width)} px wide)`);
        }
        return out;
      }, heading);
      faults.push(...found.map((f) => `${locale}: ${f}`));
      await context.close();
    }
    expect(faults).toEqual([]);
  });
});
