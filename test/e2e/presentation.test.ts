/**
 * Presentation mode in the built app (issue 10): a lever chosen in the editor, P opens the wall with no
 * editor, the lever recomputes the key figures live, »Gem som variant« keeps the setting, Escape returns.
 * IPS by hand: at 40 % in job the total gain is (0,40 − 0,235) × 164.585,74 = 27.156,65 kr. a year for
 * 5 years = 135.783,25; NPV (no discounting) 135.783,25 − 82.500 = 53.283 kr.; payback 1,5 + 82.500 /
 * 27.156,65 = 4,54 år (the baseline 58 %: 201.410 kr. and 2,95 år).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { keyFigure } from './key-figure';
import { probeLayout } from './layout-probe';
import { HAS_CHROMIUM, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('presentation mode');

describe.skipIf(!HAS_CHROMIUM)('presentation mode in headless Chromium', () => {
  const chromium = useAppInChromium();

  async function open(): Promise<{ page: Page; errors: string[] }> {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'da-DK' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('table', { name: /nettoresultat/ }).waitFor();
    return { page, errors };
  }

  it('moves a lever chosen in the editor live, keeps it as a variant, and Escape returns', { timeout: 60_000 }, async () => {
    const { page, errors } = await open();
    const editor = page.getByRole('complementary', { name: 'Rediger investeringscasen' });
    await editor.getByText(/^Præsentation: håndtag \(0\)$/).click();
    await editor.getByLabel('Parameter', { exact: true }).selectOption('andel_job_med_ips');
    await editor.getByRole('button', { name: 'Tilføj håndtag' }).click();
    // The parameter's own bounds (0 and 1) become the range, in percent as a share is typed.
    const lever = editor.getByRole('group', { name: 'Andel i job med IPS' });
    expect(await lever.getByLabel('Fra').inputValue()).toBe('0 %');
    expect(await lever.getByLabel('Til').inputValue()).toBe('100 %');

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('p');
    const wall = page.getByRole('region', { name: 'Præsentation' });
    await wall.waitFor();
    expect(await editor.isVisible()).toBe(false);
    expect(await page.getByRole('toolbar').isVisible()).toBe(false);
    await expect.poll(() => keyFigure(page, 'Netto', 'Nutidsværdi (NPV)').textContent()).toBe('201.410 kr.');
    // Large type: the figures are at least 20 px high at 1280×720.
    const size = await keyFigure(page, 'Netto', 'Nutidsværdi (NPV)').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);

    const slider = wall.getByRole('slider', { name: 'Andel i job med IPS' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('58 %');
    await slider.focus();
    for (let i = 0; i < 18; i++) await page.keyboard.press('ArrowLeft');
    expect(await slider.getAttribute('aria-valuetext')).toBe('40 %');
    await expect.poll(() => keyFigure(page, 'Netto', 'Nutidsværdi (NPV)').textContent()).toBe('53.283 kr.');
    expect(await keyFigure(page, 'Netto', 'Tilbagebetalingstid').textContent()).toBe('4,54 år');
    await wall.getByRole('button', { name: 'Mere: Andel i job med IPS' }).click();
    expect(await slider.getAttribute('aria-valuetext')).toBe('41 %');
    await wall.getByRole('button', { name: 'Mindre: Andel i job med IPS' }).click();

    // Nothing on the wall overlaps or is clipped at 1280×720.
    expect(await page.evaluate(probeLayout, { roots: ['.presentation'], mayScroll: [], tolerance: 2 })).toEqual([]);

    await wall.getByRole('button', { name: 'Gem som variant' }).click();
    await expect.poll(() => wall.getByRole('region', { name: 'Håndtag' }).getByRole('status').textContent()).toBe('Gemt som variant »Præsentation 1«.');

    await page.keyboard.press('Escape');
    await wall.waitFor({ state: 'detached' });
    expect(await editor.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mode-present');
    // The document itself is unchanged; the lever setting is a variant of it.
    expect(await keyFigure(page, 'Netto', 'Nutidsværdi (NPV)').textContent()).toBe('201.410 kr.');
    await page.getByRole('tab', { name: 'Sammenlign varianter' }).click();
    await page.getByRole('tabpanel').getByText('Præsentation 1').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens from the masthead button too, and says when no lever is chosen', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Præsentation', exact: true }).click();
    const wall = page.getByRole('region', { name: 'Præsentation' });
    await wall.getByText(/^Ingen håndtag valgt/).waitFor();
    await wall.getByRole('button', { name: 'Tilbage til redigering (Esc)' }).click();
    await wall.waitFor({ state: 'detached' });
    await page.context().close();
  });
});
