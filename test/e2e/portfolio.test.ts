/**
 * The portfolio page in the built app in headless Chromium (docs/portfolio.md): build a portfolio from
 * two example cases and a variant, set the pool, choose in the worker (HiGHS), see the balance chart
 * and the departments' repayments, then reload (autosave keeps it) and open its share link in a fresh
 * browser (the link carries it).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('portfolio');

describe.skipIf(!HAS_CHROMIUM)('the portfolio page in headless Chromium', () => {
  const chromium = useAppInChromium();

  const caseLabels = (page: Page) => page.locator('.portfolio__case-label').allTextContents();

  it('builds, chooses, autosaves and shares a portfolio', async () => {
    const context = await chromium.browser.newContext({ locale: 'da-DK', permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Portefølje' }).click();
    await page.getByRole('heading', { name: 'Portefølje og investeringspulje' }).waitFor();

    // Start empty: remove the example portfolio's four cases, then add two example cases.
    while ((await caseLabels(page)).length > 0) await page.getByRole('button', { name: /^Fjern / }).first().click();
    await page.getByText('Ingen cases endnu').waitFor();
    const add = async (title: RegExp) => {
      const option = page.locator('#portfolio-add option').filter({ hasText: title });
      await page.locator('#portfolio-add').selectOption(await option.first().getAttribute('value'));
      await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    };
    await add(/^Mentorstøtte til unge/);
    await add(/^Sygedagpenge: tidligere tilbagevenden/);
    await expect.poll(() => caseLabels(page)).toHaveLength(2);

    // A variant of the mentor case that starts a year later.
    await page.getByRole('button', { name: /^Tilføj variant af Mentorstøtte/ }).click();
    const mentorOption = page.getByRole('combobox', { name: /^Valg for Mentorstøtte/ });
    await expect.poll(() => mentorOption.locator('option').allTextContents()).toEqual(['Ikke med', 'Grundscenarie', 'Start i 2028']);

    // The pool: 3 mio. kr., at most 2,5 mio. a year.
    await page.getByLabel('Puljens beløb (kr.)').fill('3.000.000');
    await page.getByLabel('Puljens beløb (kr.)').press('Enter');
    await page.getByLabel(/^Højst træk om året/).fill('2.500.000');
    await page.getByLabel(/^Højst træk om året/).press('Enter');
    await page.getByRole('table', { name: 'Puljens saldo år for år' }).waitFor();
    // Both cases start in 2027: 1.040.000 + 2.250.000 kr. exceed the 2,5 mio. limit that year.
    await page.getByText('Årsrammen er overskredet i 2027.').waitFor();

    await page.getByRole('button', { name: 'Find bedste sæt inden for rammen' }).click();
    const result = page.locator('.portfolio__choice');
    await result.waitFor({ timeout: 60_000 });
    const text = await result.textContent();
    expect(text).toContain('Mentorstøtte til unge på uddannelseshjælp (Ekspertgruppen 2015, Boks 5.7): Start i 2028');
    expect(text).toMatch(/Årsrammen er bundet i 2027/);
    await result.getByRole('button', { name: 'Brug dette sæt' }).click();
    await expect.poll(() => mentorOption.inputValue()).toBe('start-2028');
    await page.getByText('Årsrammen er overskredet').waitFor({ state: 'detached' });

    // The chart and the departments' repayments.
    expect(await page.locator('.portfolio__chart .recharts-line').count()).toBe(1);
    expect(await page.locator('.portfolio__chart .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const departments = page.getByRole('table', { name: /^Forvaltningernes tilbagebetaling/ });
    expect(await departments.locator('tbody tr').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Beskæftigelse/)]));

    // Reload once it says it is saved: the autosaved portfolio comes back.
    await page.getByText('Gemt i browseren', { exact: true }).waitFor();
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Portefølje' }).click();
    await page.getByText('Gemt i browseren', { exact: true }).waitFor();
    expect(await page.getByLabel('Puljens beløb (kr.)').inputValue()).toBe('3.000.000');
    expect(await caseLabels(page)).toHaveLength(2);
    expect(await mentorOption.inputValue()).toBe('start-2028');

    // Share: the link opens the same portfolio in a browser that has never seen it.
    await page.getByRole('button', { name: 'Kopiér link' }).click();
    const link = await page.getByRole('textbox', { name: 'Kopiér link' }).inputValue();
    expect(link).toMatch(/#p=/);
    const fresh = await chromium.browser.newContext({ locale: 'da-DK' });
    const other = await fresh.newPage();
    await other.goto(link, { waitUntil: 'networkidle' });
    await other.getByRole('heading', { name: 'Portefølje og investeringspulje' }).waitFor();
    await expect.poll(() => other.getByLabel('Puljens beløb (kr.)').inputValue()).toBe('3.000.000');
    expect(await other.locator('.portfolio__case-label').allTextContents()).toHaveLength(2);
    expect(other.url()).not.toContain('#p=');
    expect(errors).toEqual([]);
    await fresh.close();
    await context.close();
  }, 240_000);
});
