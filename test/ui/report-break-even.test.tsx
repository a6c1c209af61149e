// @vitest-environment jsdom
/**
 * The printed report lists the break-even that was asked in the sensitivity tab (issue: "analyses that
 * have been run"): the IPS effect share at which the total NPV is zero, 0,235 + 82.500 / (164.585,74 × 5)
 * = 0,335 (see sensitivity-break-even.test.tsx), as the report states it.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider } from '../../src/state';
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
