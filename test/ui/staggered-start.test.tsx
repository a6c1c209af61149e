// @vitest-environment jsdom
/**
 * Issue 11, item 11: with cohorts starting in different years, a per-participant figure divides every
 * year by everyone who will ever start. Hand-worked: 10 start in month 0 (year 1) and 30 in month 12
 * (year 2), so by the end of years 1, 2, 3 … 10, 40, 40 … have started; the page says so beside the figures.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IPS_EXAMPLE, selectRun, type Example } from '../../src/state';
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
});
