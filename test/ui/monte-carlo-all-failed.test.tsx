// @vitest-environment jsdom
/** A Monte Carlo run in which every draw failed shows why, and no table or chart of NaN (issue 9, item 6). */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MonteCarloSummary } from '../../src/engine';
import { AppStoreProvider, createAppStore, type MonteCarloRunner } from '../../src/state';
import { EXAMPLES } from '../../src/state/examples';
import { MonteCarloPanel } from '../../src/ui/features/monte-carlo/monte-carlo-panel';

afterEach(cleanup);

const nan = { fan: [[NaN, NaN, NaN, NaN, NaN]], npv: { mean: NaN, percentiles: [NaN, NaN, NaN, NaN, NaN], probabilityPositive: NaN, histogram: { edges: [], counts: [] } }, payback: { probabilityWithinHorizon: NaN, percentiles: [NaN, NaN, NaN, NaN, NaN] }, drivers: [] };
const ALL_FAILED: MonteCarloSummary = {
  draws: 0, failed: 50, parameters: ['a'], keys: { total: nan },
  firstFailure: { path: 'targetGroups[0].interventions[0].outcomes[0].treated', message: 'expected a value from 0 to 1, got 1.7' },
};

describe('the Monte Carlo panel when every draw failed', () => {
  it('says how many failed and the first reason, and shows no figures', () => {
    const store = createAppStore(EXAMPLES.find((e) => e.id === 'portefoelje-budgetperiode')!);
    const runner: MonteCarloRunner = { run: () => ({ cancel: () => {} }) };
    render(<AppStoreProvider store={store}><MonteCarloPanel runner={runner} /></AppStoreProvider>);
    fireEvent.click(screen.getByRole('button', { name: 'Kør simulering' }));
    // The run's end as the store keeps it (the runner hands back draws; this summary is made by hand).
    act(() => store.setState((s) => ({ monteCarlo: { ...s.monteCarlo, status: 'done', done: 50, summary: ALL_FAILED, elapsedMs: 10, ranOn: s.scenario } })));
    expect(screen.getByText(/50 træk kunne ikke beregnes.*expected a value from 0 to 1, got 1\.7/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN/);
  });
});
