/**
 * Results, explanations, English and accessibility in the built app in Debian's headless Chromium:
 * discounting at Finansministeriet's 3,5 % as worked by hand, an explanation opened from a table cell,
 * the switch to English with en-GB numbers, no serious or critical axe-core violations, and no request
 * beyond the app's own origin throughout.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, ROOT, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';
import { keyFigure } from './key-figure';

warnIfNoChromium('the app');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

describe.skipIf(!HAS_CHROMIUM)('results in headless Chromium', () => {
  const chromium = useAppInChromium();
  const foreign: string[] = [];
  const errors: string[] = [];



  /** axe is injected as an inline script, which the app's Content-Security-Policy forbids: those pages bypass it. */
  async function open({ forAxe = false } = {}): Promise<Page> {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', bypassCSP: forAxe });
    const page = await context.newPage();
    const origin = new URL(chromium.app.url).origin;
    page.on('request', (request) => { if (new URL(request.url()).origin !== origin) foreign.push(request.url()); });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await table(page).waitFor();
    return page;
  }

  const toggle = (page: Page, group: string, name: string) => page.getByRole('group', { name: group }).getByRole('button', { name, exact: true });
  const table = (page: Page) => page.getByRole('table', { name: /nettoresultat|net result/ });

  async function row(page: Page, ledger: string): Promise<string[]> {
    return table(page).locator('tr', { has: page.getByRole('rowheader', { name: ledger, exact: true }) }).getByRole('cell').allTextContents();
  }

  async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document);
      return result.violations;
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('discounts at 3,5 % when the preset is switched: NPV 170.469 kr. in total, kommune year 2 −9.800', async () => {
    const page = await open();
    await page.locator('select:has(option[value="fm-2021"])').first().selectOption('fm-2021');
    // Total annual nets: −55.000; −27.500 + ½ × 56.782,07 = 891,04; 56.782,07 in years 3–6; ½ × 56.782,07 in year 7.
    // NPV = −55.000 + 891,04/1,035 + 56.782,07 × (1,035⁻² + 1,035⁻³ + 1,035⁻⁴ + 1,035⁻⁵) + 28.391,04/1,035⁶
    //     = −55.000 + 860,90 + 56.782,07 × 3,548869 + 28.391,04 × 0,813501 = −55.000 + 860,90 + 201.512,11 + 23.096,14 = 170.469,15.
    await expect.poll(() => keyFigure(page, 'Netto', 'Nutidsværdi (NPV)').textContent()).toBe('170.469 kr.');
    await toggle(page, 'Visning', 'Årligt').click();
    expect((await row(page, 'Kommune')).slice(0, 3)).toEqual(['−55.000', '−10.143', '34.714']);
    await toggle(page, 'Værdi', 'Diskonteret').click();
    // −10.143,07 / 1,035 = −9.800,06; 34.713,87 / 1,035² = 32.405,77.
    expect((await row(page, 'Kommune')).slice(0, 3)).toEqual(['−55.000', '−9.800', '32.406']);
    await page.context().close();
  });

  it('explains a cell: the cost item and its parameter with its source', async () => {
    const page = await open({ forAxe: true });
    await table(page).getByRole('button', { name: /^−55\.000 – Forklar: Kommune, År 1$/ }).click();
    const dialog = page.getByRole('dialog', { name: /Sådan er tallet beregnet: Kommune, År 1/ });
    await dialog.waitFor();
    expect(await dialog.getByRole('rowheader', { name: /IPS-forløb/ }).count()).toBe(1);
    const parameter = dialog.locator('li', { hasText: 'IPS-forløb, udgift pr. deltager pr. år' });
    expect(await parameter.textContent()).toContain('55.000 kr. pr. person pr. år');
    expect(await parameter.textContent()).toContain('CEBR (2015) i Ekspertgruppen (2015), Boks 6.11');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explain-heading');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('−55.000 – Forklar: Kommune, År 1');
    await page.context().close();
  });

  it('switches to English: English headings, en-GB numbers and <html lang="en">', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Results year by year' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await row(page, 'Municipality')).toEqual(['−55,000', '−65,143', '−30,429', '4,285', '38,999', '73,712', '91,069']);
    expect(await row(page, 'Net')).toEqual(['−55,000', '−54,109', '2,673', '59,455', '116,237', '173,019', '201,410']);
    expect(await page.getByText(/^The municipality pays DKK 82,500 per participant/).count()).toBe(1);
    // The choice survives a reload.
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Results year by year' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  });

  it('has no serious or critical axe-core violations on the main view', async () => {
    const page = await open({ forAxe: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('made no request beyond its own origin and threw no errors in all of the above', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
