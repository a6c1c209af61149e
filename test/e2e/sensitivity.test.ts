/**
 * Break-even and sensitivity in the built app, in headless Chromium, on the IPS case. By hand
 * (docs/reference-case-ips.md §4–5): the total NPV is (x − 0,235) × 164.585,74 × 5 − 82.500 in the effect
 * share x, zero at x = 0,235 + 82.500 / 822.928,70 = 0,33525 → »33,5 %«. In the tornado (±20 %) the
 * effect share swings the NPV by 0,232 × 822.928,70 = 190.919 kr., more than any other assumption.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, ROOT, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';
import { keyFigure } from './key-figure';

warnIfNoChromium('break-even and sensitivity');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

describe.skipIf(!HAS_CHROMIUM)('break-even and sensitivity in headless Chromium', () => {
  const chromium = useAppInChromium();
  const foreign: string[] = [];
  const errors: string[] = [];



  /** axe is injected as an inline script, which the app's Content-Security-Policy forbids: that page bypasses it. */
  async function openSensitivity({ forAxe = false } = {}): Promise<Page> {
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'da-DK', bypassCSP: forAxe });
    const page = await context.newPage();
    const origin = new URL(chromium.app.url).origin;
    page.on('request', (request) => { if (new URL(request.url()).origin !== origin) foreign.push(request.url()); });
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('tab', { name: 'Break-even og følsomhed' }).click();
    await page.getByRole('region', { name: 'Hvad skal være sandt?' }).waitFor();
    return page;
  }

  /** The total NPV as the key-figures table's »Netto« row shows it. */
  const totalNpv = (page: Page) => keyFigure(page, 'Netto', 'Nutidsværdi (NPV)');

  it('solves for the effect share (33,5 %), applies it, and the total NPV in the key figures goes to 0 kr.', async () => {
    const page = await openSensitivity();
    expect(await totalNpv(page).textContent()).toBe('201.410 kr.');
    const solver = page.getByRole('region', { name: 'Hvad skal være sandt?' });
    await solver.getByRole('combobox', { name: 'Antagelse' }).selectOption('andel_job_med_ips');
    await expect.poll(() => solver.getByTestId('break-even-value').textContent()).toBe('33,5 %');
    await solver.getByRole('button', { name: 'Brug værdien' }).click();
    // The root is found to within 10⁻⁶ kr., so the card rounds it to 0 kr.
    await expect.poll(() => totalNpv(page).textContent()).toBe('0 kr.');
    await solver.getByText('Værdien er i brug.').waitFor();
    await page.context().close();
  });

  it('shows the tornado’s table with the effect share first and its switching value 33,5 %', async () => {
    const page = await openSensitivity();
    const table = page.getByRole('table', { name: /ved lav og høj værdi af hver antagelse/ });
    await table.waitFor();
    const first = table.locator('tbody tr').first();
    expect(await first.getByRole('rowheader').textContent()).toContain('andel_job_med_ips');
    expect((await first.getByRole('cell').allTextContents()).at(-1)).toBe('33,5 %');
    expect(await page.getByRole('img', { name: /Tornadodiagram/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('has no serious or critical axe-core violations in the sensitivity tab', async () => {
    const page = await openSensitivity({ forAxe: true });
    await page.getByRole('table', { name: /ved lav og høj værdi af hver antagelse/ }).waitFor();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Element) => Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run(document.querySelector('#analysis-tabpanel')!)).violations;
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    await page.context().close();
  });
});
