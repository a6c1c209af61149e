// @vitest-environment jsdom
/** Danish first, English on request: words, number formats, <html lang> and the remembered choice. */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_KEY } from '../../src/ui/i18n/use-document-language';
import { renderApp } from './render-app';

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = '';
});

function rowCells(rowHeader: string): string[] {
  const row = within(screen.getByRole('table', { name: /net/i })).getByRole('rowheader', { name: rowHeader }).closest('tr')!;
  return within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '');
}

describe('the language switch', () => {
  it('starts in Danish with <html lang="da">', () => {
    renderApp();
    expect(document.documentElement.lang).toBe('da');
    expect(screen.getByRole('button', { name: 'Dansk' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Resultat år for år' })).toBeTruthy();
  });

  it('switches to English words and en-GB numbers, and sets <html lang="en">', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { name: 'Results year by year' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Cumulative net result per participant, DKK (undiscounted)' })).toBeTruthy();
    expect(rowCells('Municipality')).toEqual(['−55,000', '−65,143', '−30,429', '4,285', '38,999', '73,712', '91,069']);
    expect(screen.getByText(/^The municipality pays/).textContent).toBe(
      'The municipality pays DKK 82,500 per participant; the state and the region gain without paying; '
      + 'overall payback after 2.95 years, the municipality after 3.88 years.');
    expect(screen.getByRole('columnheader', { name: 'Year 1' })).toBeTruthy();
  });

  it('names the catalogue\'s perspective, discount rate and perspectives in English (issue 11, item 4)', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    // The results footer: perspective and discount preset come from the catalogue's English texts.
    const footer = document.querySelector('.results-footer')!.textContent!;
    expect(footer).toContain('Budget view');
    expect(footer).not.toMatch(/Budgetøkonomisk|Ingen diskontering/);
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent ?? '');
    expect(options).toEqual(expect.arrayContaining(['Budget view', 'Fiscal view', 'Welfare view']));
    expect(options.filter((o) => /Budgetøkonomisk|Finanspolitisk|Velfærdsøkonomisk|Refusionstrappen/.test(o))).toEqual([]);
  });

  it('remembers the choice in localStorage and opens in it next time', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
    cleanup();
    renderApp();
    expect(screen.getByRole('heading', { name: 'Key figures per participant' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
