// @vitest-environment jsdom
/**
 * The printed report lists the break-even that was asked in the sensitivity tab (issue: "analyses that
 * have been run"): the IPS effect share at which the total NPV is zero, 0,235 + 82.500 / (164.585,74 × 5)
 * = 0,335 (see sensitivity-break-even.test.tsx), as the report states it. And the tornado the tab
 * shows: with »Medtag felter i casen« ticked, the typed effect share 58 % is a row of the report's
 * tornado too, and the caption says so (before, the report showed the tornado without the fields).
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, IPS_EXAMPLE } from '../../src/state';
import { ReportAnalyses } from '../../src/ui/features/report/report-analyses';
import { renderSensitivity } from './sensitivity-support';

afterEach(cleanup);

describe('the report and the break-even solver', () => {
  it('shows the break-even last asked, with its question', () => {
    const { store } = renderSensitivity();
    const solver = screen.getByRole('region', { name: /Hvad skal være sandt\?/ });
    fireEvent.change(within(solver).getByRole('combobox', { name: 'Antagelse' }), { target: { value: 'andel_job_med_ips' } });
    expect(store.getState().lastBreakEven).toMatchObject({ parameter: 'andel_job_med_ips', target: 'npv' });
    cleanup();
    render(<AppStoreProvider store={store}><ReportAnalyses /></AppStoreProvider>);
    expect(screen.getByTestId('report-break-even').textContent).toBe('Nulpunkt for Andel i job med IPS (netto, nutidsværdi = 0): 0,335');
  });
});

describe('the report and the tornado with the case’s fields', () => {
  it('shows the tornado the tab shows: the typed effect share as a row, and »inkl. felter i casen« in its caption', async () => {
    const json = structuredClone(IPS_EXAMPLE.json) as { targetGroups: { interventions: { outcomes: { treated: unknown }[] }[] }[] };
    json.targetGroups[0]!.interventions[0]!.outcomes[0]!.treated = 0.58;
    const { store } = renderSensitivity({ ...IPS_EXAMPLE, json });
    const tabTable = () => screen.getByRole('table', { name: /ved lav og høj værdi af hver antagelse/ });
    await waitFor(() => expect(tabTable()).toBeTruthy(), { timeout: 15_000 });
    fireEvent.click(screen.getByRole('checkbox', { name: /Medtag felter i casen/ }));
    expect(store.getState().tornadoFields).toBe(true);
    await waitFor(() => expect(tabTable().querySelector('tbody')!.textContent).toMatch(/Effekt 1/), { timeout: 15_000 });
    const tabRows = within(tabTable()).getAllByRole('rowheader').length;
    cleanup();
    render(<AppStoreProvider store={store}><ReportAnalyses /></AppStoreProvider>);
    const report = screen.getByRole('table', { name: /^Tornado/ });
    expect(report.querySelector('caption')!.textContent).toBe('Tornado (én parameter ad gangen, inkl. felter i casen, hver ±20 %; nutidsværdi netto)');
    const row = within(report).getByRole('rowheader', { name: 'Målgruppe 1 › Indsats 1 › Effekt 1 › Andel med indsatsen' }).closest('tr')!;
    // As on the page: 46,4 % and 69,6 %, NPV 105.951 and 296.870 kr. per participant, switching value 33,5 %.
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0,464', '0,696', '105.951 kr.', '296.870 kr.', '0,335']);
    expect(within(report).getAllByRole('rowheader')).toHaveLength(tabRows);
    expect(report.textContent).not.toMatch(/tornado_field|targetGroups/);
  });

  it('without the fields, the caption is the plain one', async () => {
    const { store } = renderSensitivity();
    await screen.findByRole('table', { name: /ved lav og høj værdi af hver antagelse/ }, { timeout: 15_000 });
    expect(store.getState().tornadoFields).toBe(false);
    cleanup();
    render(<AppStoreProvider store={store}><ReportAnalyses /></AppStoreProvider>);
    expect(screen.getByRole('table', { name: /^Tornado/ }).querySelector('caption')!.textContent).toBe('Tornado (én parameter ad gangen, nutidsværdi netto)');
  });
});
