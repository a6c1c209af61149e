/**
 * The store (vanilla zustand): view options are plain state, and the engine reruns when the
 * scenario changes and only then.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, DEFAULT_VIEW, selectRun, selectViewSeries } from '../../src/state';

describe('the app store', () => {
  it('starts on the IPS example, cumulative per participant', () => {
    const store = createAppStore();
    expect(store.getState().scenario?.title).toMatch(/^IPS/);
    expect(store.getState().view).toEqual({ measure: 'cumulative', scale: 'perParticipant', valuation: 'nominal', breakdown: 'ledgers' });
    expect(store.getState().loadErrors).toEqual([]);
  });

  it('keeps the projection when only the view changes', () => {
    const store = createAppStore();
    const before = selectRun(store.getState());
    store.getState().setMeasure('annual');
    store.getState().setScale('total');
    expect(store.getState().view).toMatchObject({ measure: 'annual', scale: 'total' });
    expect(selectRun(store.getState())).toBe(before);
  });

  it('reruns the engine when the scenario changes: doubling the cost doubles the kommune’s year-1 result', () => {
    const store = createAppStore();
    const scenario = store.getState().scenario!;
    const year1 = () => selectViewSeries(store.getState())!.rows.find((r) => r.id === 'kommune')!.series.annual[0];
    expect(year1()).toBeCloseTo(-55_000, 6);
    const cost = scenario.parameters.omkostning_pr_aar!;
    store.getState().applyEdit('Dobbelt udgift', (s) => ({ ...s, parameters: { ...s.parameters, omkostning_pr_aar: { ...cost, value: 110_000 } } }));
    // 12 months × 110.000 / 12 = 110.000 kr. in year 1.
    expect(year1()).toBeCloseTo(-110_000, 6);
  });

  it('undoes and redoes an edit to the scenario, but not a change of view', () => {
    const store = createAppStore();
    const original = store.getState().scenario;
    store.getState().applyEdit('Ny titel', (s) => ({ ...s, title: 'Ny titel' }));
    store.getState().setMeasure('annual');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().scenario).toBe(original);
    expect(store.getState().view.measure).toBe('annual');
    store.temporal.getState().redo();
    expect(store.getState().scenario?.title).toBe('Ny titel');
  });

  it('keeps the current work when a broken file is opened, and lists its field-path errors', () => {
    const store = createAppStore();
    const original = store.getState().scenario;
    const errors = store.getState().openScenario({ kind: 'afkast.scenario', schemaVersion: 1, title: 3 }, 'file');
    expect(errors.map((e) => e.path)).toContain('title');
    expect(store.getState().scenario).toBe(original);
    expect(store.getState().loadErrors).toEqual(errors);
  });

  it('returns the same view object for the same state, as React’s store subscription requires', () => {
    const store = createAppStore();
    expect(selectViewSeries(store.getState())).toBe(selectViewSeries(store.getState()));
    store.setState({ view: { ...DEFAULT_VIEW, scale: 'total' } });
    expect(selectViewSeries(store.getState())!.scale).toBe('total');
  });
});
