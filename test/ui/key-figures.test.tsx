// @vitest-environment jsdom
/**
 * Key figures of the IPS case, worked by hand from docs/reference-case-ips.md §4–5: cost 55.000 kr./år for
 * 1,5 years = 82.500 kr.; gains per year kommune 34.713,87, total 56.782,07, for 5 years; no discounting.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

afterEach(cleanup);

function figure(card: string, term: string): string {
  const region = screen.getByRole('region', { name: card });
  return within(region).getByText(term).nextElementSibling?.textContent ?? '';
}

describe('the key-figures panel', () => {
  it('shows a card per ledger and one for the total', () => {
    renderApp();
    for (const name of ['Kommune', 'Region', 'Stat', 'Netto']) expect(screen.getByRole('region', { name })).toBeTruthy();
  });

  it('gives the payback time to two decimals: 2,95 år in total and 3,88 år for the kommune', () => {
    renderApp();
    // Total: 1,5 + 82.500 / 56.782,07 = 1,5 + 1,4529 = 2,9529. Kommune: 1,5 + 82.500 / 34.713,87 = 3,8766.
    expect(figure('Netto', 'Tilbagebetalingstid')).toBe('2,95 år');
    expect(figure('Kommune', 'Tilbagebetalingstid')).toBe('3,88 år');
  });

  it('says that region and stat are never in deficit rather than showing 0 år', () => {
    renderApp();
    for (const ledger of ['Region', 'Stat']) {
      expect(figure(ledger, 'Tilbagebetalingstid')).toBe('Straks');
      expect(within(screen.getByRole('region', { name: ledger })).getByText('aldrig negativ')).toBeTruthy();
    }
    expect(within(screen.getByRole('region', { name: 'Netto' })).queryByText('aldrig negativ')).toBeNull();
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
});
