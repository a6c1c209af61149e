/**
 * The built app against hostile input and hosts: it sends the security headers docs/hosting.md asks
 * for and trips no Content-Security-Policy on load; a link with an impossible schemaVersion ends in a
 * usable page with a message; a link whose variant writes to `__proto__` pollutes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compressToEncodedURIComponent } from 'lz-string';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HOSTING_HEADERS } from '../../vite.config';
import { HAS_CHROMIUM, ROOT, warnIfNoChromium } from './serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('hardening');

const IPS_TEXT = readFileSync(join(ROOT, 'scenarios/ips-inklusion.json'), 'utf8');
const IPS = JSON.parse(IPS_TEXT) as { title: string };
const link = (json: unknown) => `#s=${compressToEncodedURIComponent(JSON.stringify(json))}`;

describe.skipIf(!HAS_CHROMIUM)('hardening of the built app', () => {
  const chromium = useAppInChromium();

  async function open(hash = ''): Promise<{ context: BrowserContext; page: Page; violations: string[] }> {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(message.text()); });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective}`));
    });
    await page.goto(chromium.app.url + hash);
    return { context, page, violations };
  }

  it('sends the hosting headers and trips no Content-Security-Policy on load', async () => {
    const response = await fetch(chromium.app.url);
    for (const [name, value] of Object.entries(HOSTING_HEADERS)) expect(response.headers.get(name)).toBe(value);
    expect(HOSTING_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    const { context, page, violations } = await open();
    await page.getByRole('table', { name: /nettoresultat/ }).first().waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });

  it.each([-1, 0.5])('a link with schemaVersion %s ends in a usable page with a message', async (schemaVersion) => {
    const { context, page } = await open(link({ kind: 'afkast.scenario', schemaVersion, title: 'x' }));
    await page.getByRole('alert').filter({ hasText: 'Linket kunne ikke åbnes' }).waitFor();
    await page.getByRole('table', { name: /nettoresultat/ }).first().waitFor();
    await context.close();
  });

  // The pollution itself is fixed in the core (variant paths); this test proves it in the browser.
  it('a link whose variant path is __proto__.polluted pollutes nothing, and a valid file still opens', async () => {
    const hostile = { ...IPS, variants: [{ id: 'variant-1', title: 'Ond', changes: [{ path: '__proto__.polluted', value: 'ja' }] }] };
    const { context, page } = await open(link(hostile));
    await page.getByRole('tab', { name: 'Sammenlign varianter' }).click();
    await page.getByRole('tabpanel').first().waitFor();
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    await page.locator('input[type=file]').setInputFiles({
      name: 'ips.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...IPS, title: 'Gyldig fil' })),
    });
    await page.getByRole('heading', { name: 'Gyldig fil' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'kunne ikke åbnes' }).count()).toBe(0);
    await context.close();
  });
});
