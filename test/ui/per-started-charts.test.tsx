// @vitest-environment jsdom
/**
 * »Pr. startet deltager« with nobody started in year 1 (10 start in month 12, 30 in month 24): year
 * 1 has no per-started figure. The two charts' data hold null there (never NaN, never 0), the
 * cumulative line is drawn with a gap (no NaN in its path, no dot for year 1), the bars leave year 1
 * empty, and year 1 stays on both axes.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE, type AppStore, type Example } from '../../src/state';
import { selectCategoryFlows, selectNetChart } from '../../src/state/selectors/results';
import { TOTAL_ID } from '../../src/state/selectors/view';
import { NetChart } from '../../src/ui/features/results/net-chart';
import { CategoryChart } from '../../src/ui/features/results/category-chart';
import { chartFigure } from '../../src/ui/features/results/chart-figure';

afterEach(cleanup);

function lateStart(): Example {
  const json = structuredClone(IPS_EXAMPLE.json) as { targetGroups: { cohorts: { label?: string; count: number; startMonth: number }[] }[] };
  json.targetGroups[0]!.cohorts = [{ label: 'Hold 1', count: 10, startMonth: 12 }, { label: 'Hold 2', count: 30, startMonth: 24 }];
  return { ...IPS_EXAMPLE, json };
}

function perStartedStore(): AppStore {
  const store = createAppStore(lateStart());
  act(() => store.getState().setScale('perStarted'));
  return store;
}

describe('per started participant, a year before anyone has started, in the charts', () => {
  it('holds null in the chart data for year 1 (not NaN, not 0), and figures from year 2', () => {
    const store = perStartedStore();
    const net = selectNetChart(store.getState())!;
    const horizon = net.points.length - 1;
    // x = 0 is the start (0 whatever the divisor); x = 1 is the end of year 1, when nobody has started.
    expect(net.points[0]![TOTAL_ID]).toBe(0);
    expect(net.points.map((p) => p.x)).toEqual(Array.from({ length: horizon + 1 }, (_, i) => i));
    for (const line of net.lines) expect(net.points[1]![line.id]).toBeNull();
    // Year 2: the 10 of Hold 1 at −55.000 kr. each, per the 10 started.
    expect(net.points[2]!.kommune).toBeCloseTo(-55_000, 6);
    for (const p of net.points.slice(2)) for (const line of net.lines) expect(Number.isFinite(p[line.id])).toBe(true);

    const flows = selectCategoryFlows(store.getState(), TOTAL_ID)!;
    expect(flows.points).toHaveLength(horizon);
    expect(flows.points[0]!.x).toBe(1);
    for (const c of flows.categories) expect(flows.points[0]![c.id]).toBeNull();
    expect(flows.categories.length).toBeGreaterThan(0);
    for (const p of flows.points.slice(1)) for (const c of flows.categories) expect(Number.isFinite(p[c.id])).toBe(true);
  });

  it('draws the cumulative line with a gap at year 1: no NaN, no dot there, and År 1 on the axis', () => {
    const store = perStartedStore();
    const { container } = render(<AppStoreProvider store={store}><NetChart /></AppStoreProvider>);
    const horizon = selectNetChart(store.getState())!.points.length - 1;
    const path = container.querySelector('.net-line--total path.recharts-line-curve')!.getAttribute('d')!;
    expect(path).not.toMatch(/NaN/);
    // Two pieces: the start point alone, then year 2 onwards (a new move-to after the gap).
    expect(path.match(/M/g)).toHaveLength(2);
    // Dots at the start and at years 2 … horizon: none at year 1 (neither at 0 nor at NaN).
    const dots = [...container.querySelectorAll('circle.recharts-line-dot[name="Netto"]')];
    expect(dots).toHaveLength(horizon);
    const tick = (label: string) => [...container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')].find((t) => t.textContent === label);
    const year1 = Number(tick('År 1')!.getAttribute('x'));
    expect(dots.map((d) => Number(d.getAttribute('cx')))).not.toContain(year1);
    expect(container.innerHTML).not.toMatch(/NaN/);
  });

  it('leaves year 1 without bars in the category chart, keeping År 1 on its axis', async () => {
    const store = perStartedStore();
    const { container } = render(<AppStoreProvider store={store}><CategoryChart /></AppStoreProvider>);
    await screen.findByRole('img', { name: /Stablet søjlediagram/ }, { timeout: 15_000 });
    const ticks = () => [...container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')];
    await waitFor(() => expect(ticks().length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(ticks()[0]!.textContent).toBe('År 1');
    const [year1, year2] = ticks().map((t) => Number(t.getAttribute('x')));
    const bars = [...container.querySelectorAll('.recharts-bar-rectangle path')];
    expect(bars.length).toBeGreaterThan(0);
    // Every bar lies in year 2's band or later: nothing is drawn over year 1, not even a bar of height 0.
    for (const bar of bars) expect(Number(bar.getAttribute('x'))).toBeGreaterThan((year1! + year2!) / 2);
    expect(container.innerHTML).not.toMatch(/NaN/);
  });

  it('names a missing figure »–« in the tooltip, never »0 kr.« (Number(null) is 0)', () => {
    expect(chartFigure(null, 'da')).toBe('–');
    expect(chartFigure(undefined, 'da')).toBe('–');
    expect(chartFigure(NaN, 'da')).toBe('–');
    expect(chartFigure(-55_000, 'da')).toBe('−55.000 kr.');
    expect(chartFigure(0, 'da')).toBe('0 kr.');
  });
});
