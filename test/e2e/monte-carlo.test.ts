/**
 * Monte Carlo in the built app in headless Chromium: the portfolio example from the gallery, 2.000
 * draws with seed 1 in the Web Worker (probability table and fan chart), the same P(NPV > 0) when run
 * again with the same seed (after a run with another), and a 200.000-draw run cancelled: the progress stops and the panel says so.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('Monte Carlo');

describe.skipIf(!HAS_CHROMIUM)('Monte Carlo in headless Chromium', () => {
  const chromium = useAppInChromium();
  let page: Page;
  const foreign: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    page = await context.newPage();
    const origin = new URL(chromium.app.url).origin;
    page.on('request', (request) => { if (new URL(request.url()).origin !== origin) foreign.push(request.url()); });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Eksempler' }).click();
    await page.getByRole('button', { name: /^Portefølje 2027–2034/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Portefølje 2027–2034/ }).waitFor();
    await page.getByRole('tab', { name: 'Monte Carlo' }).click();
    await page.getByRole('heading', { name: 'Monte Carlo-simulering' }).waitFor();
  }, 120_000);


  const panel = () => page.locator('section.monte-carlo');
  const probabilities = () => panel().getByRole('table', { name: /Andel af trækkene/ });

  async function run(draws: string, seed: string): Promise<void> {
    await panel().getByLabel('Antal træk').fill(draws);
    await panel().getByLabel('Seed').fill(seed);
    await panel().getByRole('button', { name: 'Kør simulering' }).click();
  }

  async function positiveNpv(ledger: string): Promise<string> {
    const row = probabilities().locator('tr', { has: page.getByRole('rowheader', { name: ledger, exact: true }) });
    return (await row.getByRole('cell').first().textContent()) ?? '';
  }

  it('runs 2.000 draws with seed 1 and shows the probability per ledger and the fan chart', async () => {
    await run('2000', '1');
    await probabilities().waitFor({ timeout: 30_000 });
    await expect.poll(() => panel().getByRole('status').textContent()).toContain('2.000 træk med seed 1');
    expect(await positiveNpv('Netto')).toMatch(/^\d{1,3},\d %$/);
    expect(await probabilities().getByRole('rowheader').allTextContents()).toEqual(expect.arrayContaining(['Kommune', 'Stat', 'Netto']));
    const fan = panel().getByRole('img', { name: /Viftediagram over det akkumulerede nettoresultat for Netto/ });
    await fan.waitFor();
    // Bands and median are drawn: recharts renders an area path for each band and a line for the median.
    expect(await fan.locator('.recharts-area').count()).toBe(2);
    expect(await fan.locator('.recharts-line').count()).toBe(1);
  }, 60_000);

  it('gives the same P(NPV > 0) when run again with the same seed', async () => {
    const before = await positiveNpv('Netto');
    const kommuneBefore = await positiveNpv('Kommune');
    // Another seed in between, so the status line proves each result has been replaced.
    await run('2000', '2');
    await expect.poll(() => panel().getByRole('status').textContent(), { timeout: 30_000 }).toContain('2.000 træk med seed 2');
    await run('2000', '1');
    await expect.poll(() => panel().getByRole('status').textContent(), { timeout: 30_000 }).toContain('2.000 træk med seed 1');
    // The figures render in a deferred pass after the status line: wait until they are the new run's.
    await page.locator('[data-testid="mc-results"][aria-busy="false"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => positiveNpv('Netto'), { timeout: 30_000 }).toBe(before);
    expect(await positiveNpv('Kommune')).toBe(kommuneBefore);
  }, 60_000);

  it('cancels a run of 200.000 draws: the progress stops and the panel says it was cancelled', async () => {
    await run('200000', '1');
    const bar = panel().getByLabel('Fremdrift');
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(0);
    await panel().getByRole('button', { name: 'Annullér' }).click();
    await expect.poll(() => panel().getByRole('status').textContent()).toMatch(/Simuleringen blev annulleret efter [\d.]+ af 200\.000 træk/);
    const stopped = await bar.getAttribute('value');
    await page.waitForTimeout(750);
    expect(await bar.getAttribute('value')).toBe(stopped);
    expect(Number(stopped)).toBeLessThan(200_000);
    // The result of the run before stays, marked as such.
    expect(await panel().getByRole('status').textContent()).toContain('Resultatet nedenfor er fra den forrige kørsel.');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  }, 60_000);
});
