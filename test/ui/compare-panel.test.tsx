// @vitest-environment jsdom
/**
 * The comparison panel on the IPS case. Figures worked by hand from docs/reference-case-ips.md §4–5, per
 * participant, undiscounted: cost 55.000 kr./år × 1,5 år = 82.500 kr.; value of one extra person-year in
 * job 100.619,91 + 8.897,83 + 55.068,00 = 164.585,74 kr.; baseline effect 0,58 − 0,235 = 0,345, so the
 * gain is 0,345 × 164.585,74 = 56.782,07 kr. a year from month 18, for 5 years.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE, type AppStore } from '../../src/state';
import { ComparePanel } from '../../src/ui/features/compare/compare-panel';

afterEach(cleanup);

function renderPanel(): AppStore {
  const store = createAppStore(IPS_EXAMPLE);
  render(<AppStoreProvider store={store}><ComparePanel /></AppStoreProvider>);
  return store;
}

/** The cells of a key figure's row within a ledger's group of the side-by-side table: [Basis, Variant 1, …]. */
function figureCells(ledger: string, figure: string): string[] {
  const group = screen.getByRole('rowgroup', { name: ledger });
  const row = within(group).getByRole('rowheader', { name: figure }).closest('tr')!;
  return within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
}

/** The cells of one year in the chart's table alternative. */
function curveCells(year: string): string[] {
  const table = screen.getByRole('table', { name: /Akkumuleret nettoresultat for Netto/, hidden: true });
  const row = within(table).getByRole('rowheader', { name: year, hidden: true }).closest('tr')!;
  return within(row).getAllByRole('cell', { hidden: true }).map((c) => c.textContent ?? '');
}

function setVariantField(label: string, text: string): void {
  const input = screen.getByRole('textbox', { name: label });
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('the comparison panel', () => {
  it('makes »Variant 1« as a copy: a second column with the baseline\'s figures', () => {
    renderPanel();
    expect(screen.queryByRole('columnheader', { name: 'Variant 1' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lav variant' }));
    expect(screen.getAllByRole('columnheader', { name: 'Variant 1' }).length).toBeGreaterThan(0);
    // Tabel 6.4: payback 1,5 + 82.500 / 56.782,07 = 2,95 år; NPV 5 × 56.782,07 − 82.500 = 201.410 kr.
    expect(figureCells('Netto', 'Tilbagebetalingstid')).toEqual(['2,95 år', '2,95 år']);
    expect(figureCells('Netto', 'Nutidsværdi (NPV)')).toEqual(['201.410 kr.', '201.410 kr.']);
    expect(screen.getByText('Ingen ændringer endnu.')).toBeTruthy();
  });

  it('shows a variant with an effect of 3 years: 87.846 kr. at year 7, payback unchanged', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Lav variant' }));
    setVariantField('Effektens varighed i Variant 1', '3');
    // −82.500 + 3 × 56.782,07 = 87.846,21; the baseline's 5 years: −82.500 + 283.910,35 = 201.410,35.
    expect(curveCells('År 7')).toEqual(['201.410', '87.846']);
    expect(figureCells('Netto', 'Nutidsværdi (NPV)')).toEqual(['201.410 kr.', '87.846 kr.']);
    // The payback (2,95 år) falls within the first 3 years of effect, so it does not move.
    expect(figureCells('Netto', 'Tilbagebetalingstid')).toEqual(['2,95 år', '2,95 år']);
    // Gains: 3 × 56.782,07 = 170.346,21.
    expect(figureCells('Netto', 'Gevinster i alt')).toEqual(['283.910 kr.', '170.346 kr.']);
  });

  it('shows a variant with 40 % in job: payback 4,54 år, and lists the differing assumption', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Lav variant' }));
    setVariantField('Andel i job med IPS i Variant 1', '40');
    // Gain (0,40 − 0,235) × 164.585,74 = 27.156,65 a year; payback 1,5 + 82.500 / 27.156,65 = 1,5 + 3,038 = 4,54 år.
    expect(figureCells('Netto', 'Tilbagebetalingstid')).toEqual(['2,95 år', '4,54 år']);
    // Costs do not change: 82.500 kr. in both.
    expect(figureCells('Netto', 'Udgifter i alt')).toEqual(['82.500 kr.', '82.500 kr.']);
    const differences = screen.getByRole('table', { name: 'Variant 1' });
    // The field in words, as file errors name it, not the file's path parameters.andel_job_med_ips.value.
    expect(within(differences).queryByText('parameters.andel_job_med_ips.value')).toBeNull();
    const row = within(differences).getByText('Parameter andel_job_med_ips › Værdi').closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['58 %', '40 %']);
  });

  it('records each change as an undoable edit, and deletes a variant', () => {
    const store = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Lav variant' }));
    setVariantField('Effektens varighed i Variant 1', '3');
    expect(store.getState().lastEdit).toEqual({ key: 'setVariantValue' });
    act(() => store.temporal.getState().undo());
    expect(figureCells('Netto', 'Nutidsværdi (NPV)')).toEqual(['201.410 kr.', '201.410 kr.']);
    fireEvent.click(screen.getByRole('button', { name: 'Slet variant »Variant 1«' }));
    expect(screen.queryByRole('columnheader', { name: 'Variant 1' })).toBeNull();
    expect(store.getState().scenario).not.toHaveProperty('variants');
  });

  it('offers no fourth variant', () => {
    renderPanel();
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button', { name: 'Lav variant' }));
    expect(screen.getByRole('button', { name: 'Lav variant' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/højst være tre varianter/)).toBeTruthy();
    expect(screen.getAllByRole('columnheader', { name: 'Variant 3' }).length).toBeGreaterThan(0);
  });

  it('says why a variant cannot be computed and keeps the others', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Lav variant' }));
    setVariantField('Effektens varighed i Variant 1', 'ukendt_navn * 2');
    expect(within(screen.getByRole('alert')).getByText(/kan ikke beregnes/)).toBeTruthy();
    expect(figureCells('Netto', 'Tilbagebetalingstid')).toEqual(['2,95 år', 'kan ikke beregnes']);
  });
});
