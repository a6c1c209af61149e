// @vitest-environment jsdom
/**
 * Issue 11, item 11: with cohorts starting in different years, a per-participant figure divides every
 * year by everyone who will ever start. Hand-worked: 10 start in month 0 (year 1) and 30 in month 12
 * (year 2), so by the end of years 1, 2, 3 … 10, 40, 40 … have started; the page says so beside the figures.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE, selectRun, type Example } from '../../src/state';
import { ReportView } from '../../src/ui/features/report/report-view';
import { renderApp } from './render-app';

afterEach(cleanup);

function staggered(): Example {
  const json = structuredClone(IPS_EXAMPLE.json) as { targetGroups: { cohorts: { label?: string; count: number; startMonth: number }[] }[] };
  json.targetGroups[0]!.cohorts = [{ label: 'Hold 1', count: 10, startMonth: 0 }, { label: 'Hold 2', count: 30, startMonth: 12 }];
  return { ...IPS_EXAMPLE, json };
}

describe('per participant when cohorts start in different years', () => {
  it('counts who has started by each year: 10, then 40 for the rest of the horizon', () => {
    const { store } = renderApp(staggered());
    const run = selectRun(store.getState());
    expect(run?.ok).toBe(true);
    if (!run?.ok) return;
    expect(run.value.participants).toBe(40);
    expect(run.value.startedByYear).toEqual(Array.from({ length: run.value.horizonYears }, (_, i) => (i === 0 ? 10 : 40)));
  });

  it('says beside the key figures that year 1 divides by all 40 though only 10 have started', () => {
    renderApp(staggered());
    expect(screen.getByText(/^Pr\. deltager deler hvert år med alle 40 deltagere, der starter inden for horisonten/).textContent)
      .toContain('(i år 1 er 10 deltagere startet)');
  });

  it('says nothing when everyone starts in year 1', () => {
    renderApp();
    expect(screen.queryByText(/^Pr\. deltager deler hvert år/)).toBeNull();
  });

  it('offers »Pr. startet deltager«: year 1 divided by the 10 started, year 2 by all 40; key figures and the explanation follow', async () => {
    renderApp(staggered());
    const cells = () => {
      const row = within(screen.getByRole('table', { name: /nettoresultat/ })).getByRole('rowheader', { name: 'Kommune' }).closest('tr')!;
      return within(row).getAllByRole('cell').map((c) => c.textContent ?? '').slice(0, 2);
    };
    // Year 1: 10 × −55.000 = −550.000. Year 2: Hold 1 at −82.500 + 17.356,94 each (−651.430,6), Hold 2 at −55.000 each (−1.650.000): −2.301.430,6.
    expect(cells()).toEqual(['−13.750', '−57.536']);
    fireEvent.click(screen.getByRole('button', { name: 'Pr. startet deltager' }));
    // −550.000 / 10 = −55.000; −2.301.430,6 / 40 = −57.535,77.
    expect(cells()).toEqual(['−55.000', '−57.536']);
    expect(screen.getByRole('table', { name: /Akkumuleret nettoresultat pr\. deltager, der er startet, kr\./ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Nøgletal pr\. deltager, der er startet/ })).toBeTruthy();
    expect(screen.getByText(/^Pr\. deltager, der er startet: hvert års tal er delt med dem, der er startet ved årets udgang/).textContent)
      .toContain('delt med alle 40 deltagere');
    // The explanation of year 1 says it is divided by the 10 who had started.
    fireEvent.click(within(screen.getByRole('table', { name: /nettoresultat/ })).getByRole('button', { name: /^−55\.000 – Forklar: Kommune, År 1/ }));
    const dialog = await screen.findByRole('dialog', { name: /Kommune, År 1/ }, { timeout: 15_000 });
    expect(within(dialog).getByText('Beløbene er delt med 10 deltagere.')).toBeTruthy();
    expect(within(dialog).getByText('−55.000 kr.', { selector: 'strong' })).toBeTruthy();
  });

  it('offers no »Pr. startet deltager« when everyone starts in year 1', () => {
    renderApp();
    expect(screen.getByRole('button', { name: 'Pr. deltager' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pr. startet deltager' })).toBeNull();
  });

  it('shows »–« per started participant for a year before anyone has started, not a division by nobody', () => {
    const example = staggered();
    const json = example.json as { targetGroups: { cohorts: { count: number; startMonth: number }[] }[] };
    json.targetGroups[0]!.cohorts = [{ count: 10, startMonth: 12 }, { count: 30, startMonth: 24 }];
    renderApp(example);
    fireEvent.click(screen.getByRole('button', { name: 'Pr. startet deltager' }));
    const row = within(screen.getByRole('table', { name: /nettoresultat/ })).getByRole('rowheader', { name: 'Kommune' }).closest('tr')!;
    // Year 1: nobody has started and nothing is booked; year 2: the 10 of Hold 1 at −55.000 each.
    expect(within(row).getAllByRole('cell').map((c) => c.textContent).slice(0, 2)).toEqual(['–', '−55.000']);
  });

  it('states the basis in the printed report, and in English', () => {
    const store = createAppStore(staggered());
    act(() => store.getState().setView({ scale: 'perStarted' }));
    render(<AppStoreProvider store={store}><ReportView onClose={() => {}} /></AppStoreProvider>);
    expect(screen.getAllByRole('table', { name: /^Akkumuleret nettoresultat pr\. deltager, der er startet, kr\./ }).length).toBeGreaterThan(0);
    expect(screen.getByText(/^Pr\. deltager, der er startet: hvert års tal/)).toBeTruthy();
    act(() => store.getState().setLanguage('en'));
    expect(screen.getAllByRole('table', { name: /per participant who has started/ }).length).toBeGreaterThan(0);
    expect(screen.getByText(/^Per participant who has started: each year's figures are divided by those who have started/)).toBeTruthy();
  });
});
