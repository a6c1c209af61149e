/**
 * Keeping and sharing work, in the built app in headless Chromium: a renamed scenario survives a
 * reload (IndexedDB), undo/redo work from the toolbar, a broken file is refused with its field-path
 * errors while the table keeps showing Tabel 6.4, a dropped file opens with the way back offered, and
 * a share link opens the same case in a new chromium.browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, ROOT, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('the library');

const IPS_TITLE = 'IPS – CEBR (2015), Ekspertgruppen (2015) Tabel 6.4';
/** Tabel 6.4, cumulative per participant (Ekspertgruppen 2015; docs/reference-case-ips.md §2), the Kommune and Netto rows. */
const KOMMUNE = ['−55.000', '−65.143', '−30.429', '4.285', '38.999', '73.712', '91.069'];
const NETTO = ['−55.000', '−54.109', '2.673', '59.455', '116.237', '173.019', '201.410'];

describe.skipIf(!HAS_CHROMIUM)('keeping and sharing work in headless Chromium', () => {
  const chromium = useAppInChromium();



  /** A fresh browser profile (its own IndexedDB), with page errors collected. */
  async function newProfile(): Promise<{ context: BrowserContext; errors: string[] }> {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const errors: string[] = [];
    context.on('page', (page) => page.on('pageerror', (error) => errors.push(error.message)));
    return { context, errors };
  }

  async function open(context: BrowserContext, url = chromium.app.url): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.getByRole('table', { name: /nettoresultat/ }).waitFor();
    return page;
  }

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });

  async function row(page: Page, ledger: string): Promise<string[]> {
    const tr = page.getByRole('table', { name: /nettoresultat/ }).locator('tr', { has: page.getByRole('rowheader', { name: ledger, exact: true }) });
    return tr.getByRole('cell').allTextContents();
  }

  async function rename(page: Page, from: string, to: string): Promise<void> {
    await page.getByRole('button', { name: 'Mine scenarier' }).click();
    await page.getByRole('button', { name: `Omdøb »${from}«` }).click();
    await page.getByRole('textbox', { name: 'Ny titel' }).fill(to);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Mine scenarier' }).click(); // close the list
  }

  it('keeps a renamed scenario through a reload, and undoes and redoes the rename', async () => {
    const { context, errors } = await newProfile();
    const page = await open(context);
    await expect.poll(() => heading(page).textContent()).toBe(IPS_TITLE);
    await rename(page, IPS_TITLE, 'Vores IPS-case');
    await expect.poll(() => heading(page).textContent()).toBe('Vores IPS-case');

    const undo = page.getByRole('button', { name: 'Fortryd' });
    expect(await undo.getAttribute('title')).toBe('Fortryd: Omdøb scenariet (Ctrl+Z)');
    await undo.click();
    await expect.poll(() => heading(page).textContent()).toBe(IPS_TITLE);
    await page.getByRole('button', { name: 'Gentag' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Vores IPS-case');
    await page.getByText('Gemt i browseren').waitFor();

    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => heading(page).textContent()).toBe('Vores IPS-case');
    expect(await row(page, 'Kommune')).toEqual(KOMMUNE);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a broken file with its field-path errors while the table keeps the current figures', async () => {
    const { context } = await newProfile();
    const page = await open(context);
    const broken = { kind: 'afkast.scenario', schemaVersion: 1, title: 'Ødelagt', settings: { horizonYears: 'syv' } };
    await page.locator('input[type=file]').setInputFiles({
      name: 'oedelagt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'kunne ikke åbnes' });
    await alert.waitFor();
    expect(await alert.getByRole('heading').textContent()).toBe('»oedelagt.json« kunne ikke åbnes');
    expect(await alert.locator('li').allTextContents()).toContain('Indstillinger › Horisont (år): forventede et tal, fik \'syv\'');
    expect(await heading(page).textContent()).toBe(IPS_TITLE);
    expect(await row(page, 'Kommune')).toEqual(KOMMUNE);
    expect(await row(page, 'Netto')).toEqual(NETTO);
    await alert.getByRole('button', { name: 'Luk' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    await context.close();
  });

  it('opens a file dropped on the page as a new document, says the previous work is kept, and goes back to it', async () => {
    const { context, errors } = await newProfile();
    const page = await open(context);
    await rename(page, IPS_TITLE, 'Mit arbejde');
    const colleague = JSON.stringify({ ...JSON.parse(readFileSync(join(ROOT, 'scenarios', 'ips-inklusion.json'), 'utf8')), title: 'Fra en kollega' });
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'kollega.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('dragenter', { bubbles: true, dataTransfer: data }));
      document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    }, colleague);
    await expect.poll(() => heading(page).textContent()).toBe('Fra en kollega');
    await page.getByText('Dit tidligere arbejde er gemt under Mine scenarier.').waitFor();
    await page.getByRole('button', { name: 'Tilbage til »Mit arbejde«' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mit arbejde');
    await page.getByRole('button', { name: 'Mine scenarier' }).click();
    const list = page.getByRole('region', { name: 'Mine scenarier' });
    expect((await list.locator('.library-row__title').allTextContents()).sort()).toEqual(['Fra en kollega', 'Mit arbejde']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('round-trips a share link: a new browser opens the same title and the same Tabel 6.4, and the address is cleaned', async () => {
    const sender = await newProfile();
    const page = await open(sender.context);
    await rename(page, IPS_TITLE, 'Delt IPS-case');
    await page.getByRole('button', { name: 'Del link' }).click();
    const url = await page.getByRole('textbox', { name: 'Link til scenariet' }).inputValue();
    expect(url.startsWith(`${chromium.app.url}#s=`)).toBe(true);

    const receiver = await newProfile(); // another person: an empty library
    const received = await open(receiver.context, url);
    await expect.poll(() => heading(received).textContent()).toBe('Delt IPS-case');
    expect(await row(received, 'Kommune')).toEqual(KOMMUNE);
    expect(await row(received, 'Netto')).toEqual(NETTO);
    expect(new URL(received.url()).hash).toBe('');
    await received.getByText('Gemt i browseren').waitFor(); // the link became a document of the receiver's own
    await received.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => heading(received).textContent()).toBe('Delt IPS-case');
    expect(receiver.errors).toEqual([]);
    await sender.context.close();
    await receiver.context.close();
  });
});
