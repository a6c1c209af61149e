// @vitest-environment jsdom
/**
 * Key figures of the IPS case, worked by hand from docs/reference-case-ips.md §4–5: cost 55.000 kr./år for
 * 1,5 years = 82.500 kr.; gains per year kommune 34.713,87, total 56.782,07, for 5 years; no discounting.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/state/examples';
import { renderApp } from './render-app';

const PORTFOLIO = EXAMPLES.find((e) => e.id === 'portefoelje-budgetperiode')!;

afterEach(cleanup);

function table(): HTMLElement {
  return screen.getByRole('table', { name: /^Nøgletal pr\. kasse/ });
}

/** The cell of the ledger × figure table: the ledger's row, the figure's column (its data-label). */
function figure(ledger: string, term: string): string {
  const row = within(table()).getByRole('rowheader', { name: ledger }).closest('tr')!;
  const headers = within(table()).getAllByRole('columnheader').map((h) => h.textContent);
  const cells = within(row).getAllByRole('cell');
  expect(cells[headers.indexOf(term) - 1]?.dataset.label).toBe(term);
  return cells[headers.indexOf(term) - 1]?.textContent ?? '';
}

describe('the key-figures panel', () => {
  it('is one table: a row per ledger with flows and one for the total, a column per figure', () => {
    renderApp();
    const rows = within(table()).getAllByRole('rowheader').map((h) => h.textContent);
    expect(rows).toEqual(['Kommune', 'Region', 'Stat', 'Netto']);
    expect(within(table()).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Kasse', 'Tilbagebetalingstid', 'Nutidsværdi (NPV)', 'Gevinst pr. omkostningskrone (BCR)', 'ROI (BCR − 1)', 'Udgifter i alt', 'Gevinster i alt']);
    expect(document.querySelector('.figure-card')).toBeNull();
  });

  it('gives the payback time to two decimals: 2,95 år in total and 3,88 år for the kommune', () => {
    renderApp();
    // Total: 1,5 + 82.500 / 56.782,07 = 1,5 + 1,4529 = 2,9529. Kommune: 1,5 + 82.500 / 34.713,87 = 3,8766.
    expect(figure('Netto', 'Tilbagebetalingstid')).toBe('2,95 år');
    expect(figure('Kommune', 'Tilbagebetalingstid')).toBe('3,88 år');
  });

  it('says that region and stat are never in deficit rather than showing 0 år', () => {
    renderApp();
    // Region and stat only gain in IPS (costs 0, gains > 0): their cumulative net is never below zero.
    for (const ledger of ['Region', 'Stat']) expect(figure(ledger, 'Tilbagebetalingstid')).toBe('Straks aldrig negativ');
    expect(figure('Netto', 'Tilbagebetalingstid')).toBe('2,95 år');
  });

  it('shows costs, gains, NPV and benefit–cost ratio for the total', () => {
    renderApp();
    expect(figure('Netto', 'Udgifter i alt')).toBe('82.500 kr.');
    // 5 × 56.782,07 = 283.910,35; undiscounted NPV = 283.910,35 − 82.500 = 201.410,35; BCR = 283.910,35 / 82.500 = 3,441.
    expect(figure('Netto', 'Gevinster i alt')).toBe('283.910 kr.');
    expect(figure('Netto', 'Nutidsværdi (NPV)')).toBe('201.410 kr.');
    expect(figure('Netto', 'Gevinst pr. omkostningskrone (BCR)')).toBe('3,44');
    // Kommune: 5 × 34.713,87 = 173.569,35; BCR 173.569,35 / 82.500 = 2,104.
    expect(figure('Kommune', 'Gevinst pr. omkostningskrone (BCR)')).toBe('2,10');
  });

  it('shows ROI as BCR − 1: 2,44 in total and 1,10 for the kommune', () => {
    renderApp();
    // Total: 283.910,35 / 82.500 − 1 = 2,4413. Kommune: 173.569,35 / 82.500 − 1 = 1,1039.
    expect(figure('Netto', 'ROI (BCR − 1)')).toBe('2,44');
    expect(figure('Kommune', 'ROI (BCR − 1)')).toBe('1,10');
  });

  it('shows no benefit–cost ratio for a ledger without costs', () => {
    renderApp();
    expect(figure('Region', 'Udgifter i alt')).toBe('0 kr.');
    expect(figure('Region', 'Gevinst pr. omkostningskrone (BCR)')).toBe('–');
  });

  it('leaves out ledgers without any flow and names them »ingen strømme«, never »Straks«', () => {
    // The portfolio books nothing on the region or on society (its catalogue's samfund ledger): 0 costs, 0 gains.
    renderApp(PORTFOLIO);
    const rows = within(table()).getAllByRole('rowheader').map((h) => h.textContent);
    expect(rows).toEqual(['Kommune', 'Stat', 'Netto']);
    expect(screen.getByText(/^Ingen strømme: Region, Samfundet \(realøkonomi\)/)).toBeTruthy();
    expect(within(table()).queryByText('Straks')).toBeNull();
    // The chart's payback list says so too, not »Region straks«.
    expect(screen.getByText(/^Tilbagebetaling:/).parentElement!.textContent).toContain('Region ingen strømme');
  });

  it('shows calendar years without a thousands separator in the editor: 2027, not 2.027', () => {
    renderApp(PORTFOLIO);
    expect((screen.getByLabelText('Første år (budgetår)') as HTMLInputElement).value).toBe('2027');
    expect((screen.getByLabelText('Prisår') as HTMLInputElement).value).toBe('2015');
  });
});
