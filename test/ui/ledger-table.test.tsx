// @vitest-environment jsdom
/**
 * The years × ledgers table against the published Tabel 6.4 (Ekspertgruppen 2015, copied from
 * docs/reference-case-ips.md §2, not from the engine). Negative numbers carry U+2212, as formatNumber writes them.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ipsWithParticipants, renderApp } from './render-app';

afterEach(cleanup);

function rowCells(rowHeader: string): string[] {
  const table = screen.getByRole('table', { name: /nettoresultat/ });
  const row = within(table).getByRole('rowheader', { name: rowHeader }).closest('tr')!;
  return within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '');
}

describe('the years × ledgers table', () => {
  it('shows Tabel 6.4 by default: cumulative per participant, kommune −55.000 … 91.069 and Netto −55.000 … 201.410', () => {
    renderApp();
    expect(screen.getByRole('table', { name: /Akkumuleret nettoresultat pr\. deltager/ })).toBeTruthy();
    expect(rowCells('Kommune')).toEqual(['−55.000', '−65.143', '−30.429', '4.285', '38.999', '73.712', '91.069']);
    expect(rowCells('Region')).toEqual(['0', '1.535', '4.605', '7.674', '10.744', '13.814', '15.349']);
    expect(rowCells('Stat')).toEqual(['0', '9.499', '28.498', '47.496', '66.495', '85.493', '94.992']);
    expect(rowCells('Netto')).toEqual(['−55.000', '−54.109', '2.673', '59.455', '116.237', '173.019', '201.410']);
  });

  it('has a column header per year and a row header per ledger, so a screen reader can name every cell', () => {
    renderApp();
    const headers = within(screen.getByRole('table', { name: /nettoresultat/ })).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers.slice(1)).toEqual(['År 1', 'År 2', 'År 3', 'År 4', 'År 5', 'År 6', 'År 7']);
    expect(within(screen.getByRole('table', { name: /nettoresultat/ })).getAllByRole('rowheader').map((h) => h.getAttribute('scope'))).toEqual(['row', 'row', 'row', 'row']);
  });

  it('switches to annual figures: the kommune gains 34.714 in year 3', () => {
    renderApp();
    const annual = screen.getByRole('button', { name: 'Årligt' });
    expect(annual.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(annual);
    expect(annual.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Akkumuleret' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('table', { name: /Årligt nettoresultat/ })).toBeTruthy();
    // Year 3 lies wholly in the effect window (months 18–77): 12 months × 34.713,87 / 12 ≈ 34.714;
    // year 2 is 6 months of cost (−27.500) and 6 of gain (+17.357): −10.143 (docs/reference-case-ips.md §3).
    const kommune = rowCells('Kommune');
    expect(kommune[2]).toBe('34.714');
    expect(kommune[1]).toBe('−10.143');
  });

  it('switches to totals for all participants: with 100 participants year 1 is 100 × −55.000 = −5.500.000', () => {
    renderApp(ipsWithParticipants(100));
    expect(rowCells('Kommune')[0]).toBe('−55.000');
    fireEvent.click(screen.getByRole('button', { name: 'I alt' }));
    expect(screen.getByRole('table', { name: /nettoresultat i alt for alle deltagere/ })).toBeTruthy();
    expect(rowCells('Kommune')[0]).toBe('−5.500.000');
    expect(rowCells('Netto')[0]).toBe('−5.500.000');
    fireEvent.click(screen.getByRole('button', { name: 'Pr. deltager' }));
    expect(rowCells('Kommune')[0]).toBe('−55.000');
  });
});
