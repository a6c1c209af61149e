/**
 * `npm run bench:cohorts [-- --cohorts 10000,100000]`: how long the built app, in headless Chromium,
 * takes to open a file with many cohorts (bench/many-cohorts.ts; issue 9 measured 252 s for
 * 100,000) and to answer a click on it (73 s), and how many inputs the editor puts in the page.
 * Not a test: wall-clock times on this machine, for before/after comparisons in the same run.
 *
 * Each size gets a fresh browser context. Open: from setInputFiles until the file's title, the first
 * cohort's count field and the results are on the page. Clicks: the »I alt« scale toggle until the
 * key figures show the total; then an edit of cohort 1's count from 1 to 2 until the total cost has
 * grown by one participant's 82.500 kr.
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { buildAndServe, launchChromium } from '../scripts/serve-built-app';
import { formatKroner } from '../src/format/numbers';
import { manyCohortsScenario } from './many-cohorts';

const { values: flags } = parseArgs({ options: { cohorts: { type: 'string' } } });
const sizes = (flags.cohorts ?? '10000,100000').split(',').map(Number);
const COST_PER_PARTICIPANT = 82_500;

const totalCosts = (page: Page) =>
  page.locator('.figure-card.is-total div', { has: page.locator('dt', { hasText: /^Udgifter i alt/ }) }).locator('dd');
/** Waits (checking every frame) until the total's key figures show `text`. */
const shows = (page: Page, text: string) => page.waitForFunction(
  (expected) => [...document.querySelectorAll('.figure-card.is-total dd')].some((d) => d.textContent === expected), text, { polling: 'raf', timeout: 0 },
);

async function timed(what: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await what();
  return performance.now() - t0;
}

async function main() {
  const app = await buildAndServe();
  const browser = await launchChromium();
  const rows: string[] = [];
  try {
    for (const n of sizes) {
      const { title, text } = manyCohortsScenario(n);
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'da-DK' });
      const page = await context.newPage();
      page.setDefaultTimeout(0);
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.goto(app.url, { waitUntil: 'networkidle' });
      await page.getByRole('table').first().waitFor();
      const open = await timed(async () => {
        await page.locator('input[type=file]').setInputFiles({ name: 'mange-hold.json', mimeType: 'application/json', buffer: Buffer.from(text) });
        await page.getByRole('heading', { name: title }).waitFor();
        await page.locator('#ed-targetGroups-0-cohorts-0-count').waitFor();
        await page.getByRole('table').first().waitFor();
      });
      const inputs = await page.locator('#editor-body input').count();
      const toggle = await timed(async () => {
        await page.getByRole('group', { name: 'Enhed' }).getByRole('button', { name: 'I alt' }).click();
        await shows(page, formatKroner(n * COST_PER_PARTICIPANT));
      });
      const count = page.locator('#ed-targetGroups-0-cohorts-0-count');
      const edit = await timed(async () => {
        await count.fill('2');
        await count.press('Enter');
        await shows(page, formatKroner((n + 1) * COST_PER_PARTICIPANT));
      });
      const shown = await totalCosts(page).first().textContent();
      rows.push(`${String(n).padStart(8)} cohorts  ${(text.length / 1e6).toFixed(2)} MB   open ${(open / 1000).toFixed(2).padStart(7)} s   `
        + `»I alt« ${(toggle / 1000).toFixed(2).padStart(6)} s   edit ${(edit / 1000).toFixed(2).padStart(6)} s   inputs ${String(inputs).padStart(7)}   (${shown})`);
      console.log(rows.at(-1));
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
