// @vitest-environment jsdom
/**
 * The Monte Carlo panel with a fake worker client (jsdom has no Worker): defaults, progress, cancel,
 * results with hand-made figures, the stale mark after an edit, and the message when nothing is uncertain.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeySummary, MonteCarloJob, MonteCarloSummary, RunnerListener } from '../../src/engine';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE, type AppStore, type MonteCarloRunner } from '../../src/state';
import { EXAMPLES } from '../../src/state/examples';
import { setField } from '../../src/state/edits';
import { MonteCarloPanel } from '../../src/ui/features/monte-carlo/monte-carlo-panel';

afterEach(cleanup);

const PORTFOLIO = EXAMPLES.find((e) => e.id === 'portefoelje-budgetperiode')!;

function fakeClient() {
  const runs: { job: MonteCarloJob; listener: RunnerListener; cancelled: boolean }[] = [];
  const runner: MonteCarloRunner = {
    run: (job, listener) => {
      const run = { job, listener, cancelled: false };
      runs.push(run);
      return { cancel: () => { run.cancelled = true; listener.cancelled(0, job.to - job.from); } };
    },
  };
  return { runner, runs };
}

/** A run's end with a hand-made summary, as the store keeps a runner's result (the runner hands back draws, not figures). */
function finish(store: AppStore, summary: MonteCarloSummary, elapsedMs: number) {
  act(() => store.setState((s) => ({ monteCarlo: {
    ...s.monteCarlo, status: 'done', done: summary.draws + summary.failed, summary, elapsedMs, ranOn: s.scenario, summarySeed: s.monteCarlo.seed,
  } })));
}

function key(probabilityPositive: number, paysBack: number, median: number): KeySummary {
  return {
    fan: [[-300, -200, -100, 0, 100], [-100, 0, 100, 200, 300]],
    npv: { mean: median, percentiles: [median - 2, median - 1, median, median + 1, median + 2], probabilityPositive, histogram: { edges: [-10, 0, 10], counts: [3, 5] } },
    payback: { probabilityWithinHorizon: paysBack, percentiles: [1, 1, 2, 2, 2] },
    drivers: [{ parameter: 'b', correlation: -0.8 }, { parameter: 'a', correlation: 0.3 }],
  };
}

const SUMMARY: MonteCarloSummary = {
  draws: 2000, failed: 0, firstFailure: null, parameters: ['a', 'b'],
  keys: { total: key(0.625, 0.5, 1234), kommune: key(0.4, 0.25, -500) },
};

function renderPanel(example = PORTFOLIO) {
  const store = createAppStore(example);
  const fake = fakeClient();
  render(<AppStoreProvider store={store}><MonteCarloPanel runner={fake.runner} /></AppStoreProvider>);
  return { store, ...fake };
}

describe('the Monte Carlo panel', () => {
  it('runs 5.000 draws with seed 1 by default and shows the progress the worker reports', () => {
    const { runs } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Kør simulering' }));
    expect(runs).toHaveLength(1);
    expect(runs[0]!.job).toMatchObject({ from: 0, to: 5000, seed: 1 });
    act(() => runs[0]!.listener.progress(1200, 5000));
    const bar = screen.getByLabelText('Fremdrift') as HTMLProgressElement;
    expect(bar.value).toBe(1200);
    expect(bar.max).toBe(5000);
    expect(screen.getByText('1.200 af 5.000 træk')).toBeTruthy();
  });

  it('cancels the run and says so', () => {
    const { runs } = renderPanel();
    fireEvent.change(screen.getByLabelText('Antal træk'), { target: { value: '200.000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kør simulering' }));
    expect(runs[0]!.job.to).toBe(200_000);
    fireEvent.click(screen.getByRole('button', { name: 'Annullér' }));
    expect(runs[0]!.cancelled).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('Simuleringen blev annulleret efter 0 af 200.000 træk.');
    expect(screen.queryByRole('table')).toBeNull();
    expect((screen.getByRole('button', { name: 'Annullér' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the probabilities per ledger, the fan table and the drivers strongest first', async () => {
    const { store } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Kør simulering' }));
    finish(store, SUMMARY, 1500);
    const table = screen.getByRole('table', { name: /Andel af trækkene/ });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).parentElement!;
    expect(within(row('Netto')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['62,5 %', '50,0 %', '1.234 kr.']);
    expect(within(row('Kommune')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['40,0 %', '25,0 %', '−500 kr.']);
    // The charts mount a task after the table.
    expect(await screen.findByRole('img', { name: /Viftediagram .* Netto/ }, { timeout: 15_000 })).toBeTruthy();
    const fan = screen.getByRole('table', { name: /Percentiler af det akkumulerede nettoresultat, Netto/ });
    expect(within(fan).getAllByRole('row')[1]!.textContent).toBe('År 1 (2027)−300−200−1000100');
    const drivers = await screen.findByRole('table', { name: /Rangkorrelation/ }, { timeout: 15_000 });
    expect(within(drivers).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['b', 'a']);
    expect(screen.getByRole('status').textContent).toContain('2.000 træk med seed 1 på 1,5 s.');
  });

  it('keeps the last result while a new run goes, marked as the previous one', () => {
    const { store } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Kør simulering' }));
    finish(store, SUMMARY, 10);
    expect(screen.queryByText('Resultatet nedenfor er fra den forrige kørsel.')).toBeNull();
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kør simulering' }));
    expect(screen.getByText('Resultatet nedenfor er fra den forrige kørsel.')).toBeTruthy();
    expect(screen.getByRole('table', { name: /Andel af trækkene/ })).toBeTruthy();
    finish(store, { ...SUMMARY, draws: 3000 }, 10);
    expect(screen.getByRole('status').textContent).toContain('3.000 træk med seed 9');
    expect(screen.queryByText('Resultatet nedenfor er fra den forrige kørsel.')).toBeNull();
  });

  it('marks the result stale when the case is edited after the run', () => {
    const { store } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Kør simulering' }));
    finish(store, SUMMARY, 10);
    expect(screen.queryByText(/tidligere udgave af casen/)).toBeNull();
    act(() => store.getState().applyEdit('test', (s) => setField(s, ['title'], 'Ny titel')));
    expect(screen.getByText(/tidligere udgave af casen/)).toBeTruthy();
  });

  it('says that no parameter is uncertain and points to the editor, with Run disabled', () => {
    renderPanel(IPS_EXAMPLE);
    expect(screen.getByRole('note').textContent).toMatch(/Ingen parametre har en usikkerhed.*editoren/);
    expect((screen.getByRole('button', { name: 'Kør simulering' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers a stated default uncertainty that enables Run and undoes in one step', () => {
    const { store, runs } = renderPanel(IPS_EXAMPLE);
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj standardusikkerhed' }));
    expect(screen.getByText(/5 usikre parametre/)).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(/standard.*ikke evidens/);
    const run = screen.getByRole('button', { name: 'Kør simulering' }) as HTMLButtonElement;
    expect(run.disabled).toBe(false);
    fireEvent.click(run);
    expect(runs).toHaveLength(1);
    act(() => store.temporal.getState().undo());
    expect(screen.getByRole('button', { name: 'Tilføj standardusikkerhed' })).toBeTruthy();
  });

  it('refuses a number of draws above 200.000', () => {
    const { runs } = renderPanel();
    fireEvent.change(screen.getByLabelText('Antal træk'), { target: { value: '300000' } });
    expect((screen.getByRole('button', { name: 'Kør simulering' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Antal træk skal være et helt tal fra 1 til 200.000.')).toBeTruthy();
    expect(runs).toHaveLength(0);
  });
});
