/**
 * The editor in the built app, in headless Chromium: a user changes the IPS effect and sees the payback
 * time move, and builds a new case from a catalogue template and sees its results.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../src/io/catalogues';
import { HAS_CHROMIUM, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';
import { keyFigure } from './key-figure';

warnIfNoChromium('the editor');

/*
 * Payback of the IPS case in total, by hand (scenarios/ips-inklusion.json):
 *   cost per participant = 55.000 kr./år × 18/12 år = 82.500 kr., paid in months 0–17;
 *   gain per effect-year = Δ × (100.619,91 + 8.897,83 + 55.068) = Δ × 164.585,74, from month 18 for 5 years.
 *   Δ = 0,58 − 0,235 = 0,345: 56.782,08 a year → payback = 1,5 + 82.500 / 56.782,08 = 1,5 + 1,4529 = 2,95 år.
 *   Δ = 0,40 − 0,235 = 0,165: 27.156,65 a year → payback = 1,5 + 82.500 / 27.156,65 = 1,5 + 3,0379 = 4,54 år.
 */
const PAYBACK_058 = '2,95 år';
const PAYBACK_040 = '4,54 år';

describe.skipIf(!HAS_CHROMIUM)('the editor in headless Chromium', () => {
  const chromium = useAppInChromium();



  async function open(): Promise<{ page: Page; errors: string[] }> {
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'da-DK' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('table').first().waitFor();
    return { page, errors };
  }

  /** The total's payback time, as the key-figures table shows it. */
  function totalPayback(page: Page) {
    return keyFigure(page, 'Netto', 'Tilbagebetalingstid');
  }

  it('changes the IPS effect from 58 % to 40 % and the payback time moves from 2,95 to 4,54 år', async () => {
    const { page, errors } = await open();
    await expect.poll(() => totalPayback(page).textContent()).toBe(PAYBACK_058);
    const editor = page.getByRole('complementary', { name: 'Rediger investeringscasen' });
    await editor.getByText(/^Parametre \(\d+\)$/).click();
    await editor.locator('summary', { hasText: 'andel_job_med_ips' }).click();
    const effect = editor.locator('#ed-parameters-andel_job_med_ips-value');
    expect(await effect.inputValue()).toBe('58 %');
    await effect.fill('40');
    await effect.press('Enter');
    await expect.poll(() => totalPayback(page).textContent()).toBe(PAYBACK_040);
    expect(await effect.inputValue()).toBe('40 %');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('types a Danish number into the cost and shows a bad horizon’s message next to the field', async () => {
    const { page } = await open();
    const editor = page.getByRole('complementary', { name: 'Rediger investeringscasen' });
    // 60.000 kr. a year for 18 months = 60.000 × 1,5 = 90.000 kr. per participant, all of it the intervention's cost.
    const cost = editor.getByRole('textbox', { name: 'Beløb (kr.)', exact: true });
    await cost.fill('60.000');
    await cost.press('Enter');
    expect(await cost.inputValue()).toBe('60.000');
    const totalCosts = keyFigure(page, 'Netto', 'Udgifter i alt');
    await expect.poll(() => totalCosts.textContent()).toBe('90.000 kr.');
    const horizon = editor.getByLabel('Horisont (år)');
    await horizon.fill('0');
    await horizon.press('Tab');
    expect(await horizon.getAttribute('aria-invalid')).toBe('true');
    const messageId = await horizon.getAttribute('aria-describedby');
    expect(await page.locator(`#${messageId}`).textContent()).toBe('forventede mindst 1, fik 0');
    // The table still shows the 7 years of the unchanged scenario.
    expect(await page.getByRole('table', { name: /nettoresultat/ }).locator('thead th').count()).toBeGreaterThanOrEqual(7);
    await page.context().close();
  });

  it('shows a guardrail an edit raises once the browser is idle after it, beside the field and the results', async () => {
    const { page, errors } = await open();
    // A counterfactual of 0 % is »no deadweight«; the checks follow the edit after its figures are painted.
    const counterfactual = page.locator('#ed-targetGroups-0-interventions-0-outcomes-0-counterfactual');
    await counterfactual.fill('0 %');
    await counterfactual.press('Tab');
    const field = page.locator('.editor-field').filter({ has: counterfactual });
    await expect.poll(() => field.locator('[data-guardrail=noDeadweight]').count()).toBe(1);
    await expect.poll(() => page.locator('#results li[data-kind=noDeadweight]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('builds a new case from a catalogue template and shows its results', async () => {
    const templates = Object.values(shippedCatalogue('dk')?.interventionTemplates ?? {});
    expect(templates.length).toBeGreaterThan(0);
    const { page, errors } = await open();
    const editor = page.getByRole('complementary', { name: 'Rediger investeringscasen' });
    await editor.getByText('Ny investeringscase', { exact: true }).click();
    const picker = editor.getByLabel('Start fra skabelon');
    const options = await picker.locator('option').allTextContents();
    expect(options).toHaveLength(templates.length);
    const chosen = templates[1] ?? templates[0]!;
    await picker.selectOption({ index: templates.indexOf(chosen) });
    await editor.getByRole('button', { name: 'Opret ny case fra skabelonen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(chosen.label);
    await page.getByRole('table').first().waitFor();
    expect(await totalPayback(page).count()).toBe(1);
    // The new case's intervention is in the editor, ready to change.
    expect(await editor.locator('summary', { hasText: chosen.intervention.label }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
