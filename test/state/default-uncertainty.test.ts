/** The Monte Carlo tab's default: ±20 % triangular on the top tornado parameters, as one undoable edit. */
import { describe, expect, it } from 'vitest';
import { tornado } from '../../src/engine';
import { createAppStore, IPS_EXAMPLE, selectModel, selectUncertainParameters } from '../../src/state';
import { applyDefaultUncertainty, DEFAULT_UNCERTAIN_COUNT } from '../../src/state/edits';
import { fakePlatform } from './fake-platform';

describe('default uncertainty', () => {
  it('gives the top parameters of the tornado a ±20 % triangular distribution and undoes in one step', () => {
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform() });
    const before = store.getState().scenario!;
    expect(selectUncertainParameters(store.getState())).toEqual([]);
    // The expected names, from the engine's own tornado (widest ±20 % swing first, numbers only).
    const bars = tornado(before, selectModel(store.getState())!, 'total', { switching: false });
    if (!bars.ok) throw new Error('tornado failed');
    const expected = bars.value.bars
      .filter((b) => typeof before.parameters[b.parameter]!.value === 'number' && Math.abs((b.npvHigh ?? 0) - (b.npvLow ?? 0)) > 0)
      .slice(0, DEFAULT_UNCERTAIN_COUNT).map((b) => b.parameter);
    expect(expected).toHaveLength(DEFAULT_UNCERTAIN_COUNT);

    const names = applyDefaultUncertainty(store);
    expect(names).toEqual(expected);
    const after = store.getState().scenario!;
    expect(new Set(selectUncertainParameters(store.getState()))).toEqual(new Set(expected));
    for (const name of expected) {
      const v = before.parameters[name]!.value as number;
      const u = after.parameters[name]!.uncertainty;
      expect(u).toMatchObject({ type: 'triangular', mode: v });
      if (u?.type !== 'triangular') throw new Error('not triangular');
      // ±20 %, or less where the parameter's bounds (or 0–1 for a share) cut it.
      expect(u.min).toBeGreaterThanOrEqual(Math.min(v * 0.8, v * 1.2) - 1e-9);
      expect(u.max).toBeLessThanOrEqual(Math.max(v * 0.8, v * 1.2) + 1e-9);
      expect(u.max).toBeGreaterThan(u.min);
    }
    // Parameters outside the top N are untouched.
    for (const name of Object.keys(before.parameters).filter((n) => !expected.includes(n))) {
      expect(after.parameters[name]).toBe(before.parameters[name]);
    }
    expect(store.getState().lastEdit).toEqual({ key: 'addDefaultUncertainty', detail: expected.join(', ') });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(store.getState().scenario).toEqual(before);
    expect(selectUncertainParameters(store.getState())).toEqual([]);
  });

  it('leaves a parameter that already has an uncertainty as it is', () => {
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform() });
    const first = applyDefaultUncertainty(store, 1);
    const given = store.getState().scenario!.parameters[first[0]!]!.uncertainty;
    const next = applyDefaultUncertainty(store, 1);
    expect(next).not.toContain(first[0]);
    expect(store.getState().scenario!.parameters[first[0]!]!.uncertainty).toBe(given);
  });
});
