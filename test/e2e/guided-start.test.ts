/**
 * »Ny case« in the built app in headless Chromium, with the keyboard only: the guided start from the
 * toolbar to the result, then the new case simulates at once (its template carries uncertainties).
 * Set UPDATE_SCREENSHOT=1 to write docs/guided-start.png (the effect step).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, ROOT, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('guided start');

describe.skipIf(!HAS_CHROMIUM)('the guided start in headless Chromium', () => {
  const chromium = useAppInChromium();
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
  }, 120_000);

  it('builds an IPS case step by step with the keyboard and opens it', async () => {
    await page.getByRole('button', { name: 'Ny case' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ny case: guidet start' });
    await dialog.waitFor();
    await dialog.getByLabel('Målgruppe').selectOption('svaer_psykisk_lidelse');
    await dialog.getByRole('button', { name: 'Næste' }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Deltagere pr. år').fill('50');
    await page.keyboard.press('Enter');
    await dialog.getByText('Katalogets forslag: 55.000.').waitFor();
    await dialog.getByLabel(/IPS-forløb/).focus();
    await page.keyboard.press('Enter');
    await dialog.getByText(/Effekt: 34,5 procentpoint/).waitFor();
    if (process.env.UPDATE_SCREENSHOT === '1') {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      writeFileSync(join(ROOT, 'docs', 'guided-start.png'), await page.screenshot({ fullPage: false }));
    }
    await dialog.getByLabel(/dødvægt/).focus();
    await page.keyboard.press('Enter');
    await dialog.getByText('Nutidsværdi i alt').waitFor();
    await dialog.getByRole('button', { name: 'Opret case' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^IPS/ }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('tab', { name: 'Monte Carlo' }).click();
    await page.getByRole('heading', { name: 'Monte Carlo-simulering' }).waitFor();
    expect(await page.locator('section.monte-carlo').getByRole('button', { name: 'Kør simulering' }).isDisabled()).toBe(false);
    expect(errors).toEqual([]);
  }, 120_000);
});
