/**
 * Follow-up in the built app in headless Chromium: open the example with two years of realised
 * figures, import a CSV of realised figures (Danish Excel dialect) with a lower cost in year 2, and
 * see the re-projected NPV change (−76.800 → −16.800 kr.) while the frozen decision basis (date and
 * SHA-256) stays exactly as it was. A malformed CSV is refused with its line and column. Then a
 * realised cost corrected in the editor (year 2: 440.000 instead of 500.000 kr.) lifts the
 * re-projected NPV by 60.000 kr. to 43.200 kr., and undo (the toolbar's Fortryd, by keyboard) takes it back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { HAS_CHROMIUM, ROOT, warnIfNoChromium } from '../../scripts/serve-built-app';
import { useAppInChromium } from './use-app-in-chromium';

warnIfNoChromium('follow-up');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

const CSV = [
  'type;sti;betegnelse;år;måneder;værdi;dato;kilde;note',
  'deltagere;targetGroups[0].cohorts[0];Hold 2025;;;16;31-12-2025;Fagsystem;',
  'deltagere;targetGroups[0].cohorts[1];Hold 2026;;;22;31-12-2026;Fagsystem;',
  'udgift;targetGroups[0].interventions[0].costs[0];Mentor;1;;400.000;31-12-2025;"Regnskab; 2025";',
  'udgift;targetGroups[0].interventions[0].costs[0];Mentor;2;;500.000,00;31-12-2026;Regnskab 2026;',
  'andel;targetGroups[0].interventions[0].outcomes[0];Job;;18;33 %;31-07-2026;Jobindsats;',
].join('\r\n');

describe.skipIf(!HAS_CHROMIUM)('follow-up in headless Chromium', () => {
  const chromium = useAppInChromium();

  const totalNpv = (page: Page) => page.getByRole('table', { name: 'Prognose og genberegning' }).locator('tr[data-ledger=total] td').nth(1).textContent();

  it('imports realised figures from CSV and shows the re-projection; the decision basis is unchanged', async () => {
    const context = await chromium.browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Eksempler' }).click();
    await page.getByRole('button', { name: /^Opfølgning: mentorforløb/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Opfølgning: mentorforløb/ }).waitFor();
    await page.getByRole('tab', { name: 'Opfølgning og advarsler' }).click();
    await page.getByRole('table', { name: 'Prognose og genberegning' }).waitFor();
    const basis = await page.getByTestId('decision-basis').textContent();
    expect(basis).toMatch(/fastfrosset 2025-01-15, SHA-256 [0-9a-f]{64}$/);
    expect(await totalNpv(page)).toMatch(/^−76\.800/);

    const input = page.locator('.follow-up__import input[type=file]');
    await input.setInputFiles({ name: 'realiseret.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${CSV}\r\n`) });
    await page.getByRole('status').filter({ hasText: '5 realiserede tal importeret.' }).waitFor();
    await expect.poll(() => totalNpv(page)).toMatch(/^−16\.800/);
    expect(await page.getByTestId('decision-basis').textContent()).toBe(basis);

    await input.setInputFiles({ name: 'forkert.csv', mimeType: 'text/csv', buffer: Buffer.from('type;sti;betegnelse;år;måneder;værdi\nudgift;targetGroups[0].interventions[0].costs[0];;to;;1,5\n') });
    await page.getByRole('status').filter({ hasText: 'Linje 2, kolonne 4' }).waitFor();
    expect(await totalNpv(page)).toMatch(/^−16\.800/);
    // The charts (loaded with recharts when the tab opens) draw forecast and re-projection.
    await page.locator('.follow-up__charts svg').first().waitFor();

    // Correct a realised figure in the editor: year 2 paid 440.000, not 500.000 → NPV 60.000 kr. higher; undo restores it.
    await page.getByText('Realiserede tal (opfølgning) (5)').click();
    const amount = page.locator('#ed-followUp-costs-1-amount');
    await amount.fill('440.000');
    await amount.press('Enter');
    await expect.poll(() => totalNpv(page)).toMatch(/^43\.200/);
    // Undo from the keyboard: Tab out of the field, then the toolbar's Fortryd (Ctrl+Z) with the focus on the page.
    await page.getByRole('button', { name: 'Fortryd', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => totalNpv(page)).toMatch(/^−16\.800/);
    expect(await page.getByTestId('decision-basis').textContent()).toBe(basis);
    await context.close();
  });

  it('the follow-up tab, its charts and the realised figures in the editor have no serious or critical axe-core violations', async () => {
    // axe is injected as an inline script, which the app's Content-Security-Policy forbids: this page bypasses it.
    const context = await chromium.browser.newContext({ locale: 'da-DK', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(chromium.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Eksempler' }).click();
    await page.getByRole('button', { name: /^Opfølgning: mentorforløb/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Opfølgning: mentorforløb/ }).waitFor();
    await page.getByRole('tab', { name: 'Opfølgning og advarsler' }).click();
    await page.locator('.follow-up__charts svg').first().waitFor();
    await page.getByText('Realiserede tal (opfølgning) (6)').click();
    await page.locator('#ed-followUp-costs-0-amount').waitFor();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      type V = { id: string; impact: string | null; nodes: { target: string[] }[] };
      const result = await (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: V[] }> } }).axe.run(document);
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
