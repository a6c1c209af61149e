// @vitest-environment jsdom
/**
 * The Optimismekorrektion switch in the settings, a confidence grade on a figure, and the statement
 * beside every result (the results footer, like the discount convention). The IPS course (55.000 +
 * 27.500 kr. per participant) graded 1 costs 25 % more with the switch on: total NPV − 20.625 kr.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { selectRun } from '../../src/state';
import { renderApp } from './render-app';

afterEach(cleanup);

const npv = (store: ReturnType<typeof renderApp>['store']) => {
  const run = selectRun(store.getState());
  if (!run?.ok) throw new Error('no run');
  return run.value.total.npv;
};

describe('the optimism correction in the app', () => {
  it('grade a cost, switch the correction on: the figures and the statement change; undo switches it off again', () => {
    const { store } = renderApp();
    const statement = () => screen.getByTestId('optimism-statement').textContent;
    expect(statement()).toBe('ingen (tal uden optimismekorrektion)');
    const before = npv(store);

    const grade = screen.getAllByLabelText('Konfidenskarakter')[0] as HTMLSelectElement;
    expect(grade.id).toBe('ed-targetGroups-0-interventions-0-costs-0-confidence');
    fireEvent.change(grade, { target: { value: '1' } });
    expect(store.getState().scenario!.targetGroups[0]!.interventions[0]!.costs[0]!.confidence).toBe(1);
    expect(npv(store)).toBeCloseTo(before, 6); // graded, but the correction is off

    const toggle = screen.getByRole('checkbox', { name: /^Optimismekorrektion/ });
    fireEvent.click(toggle);
    expect(store.getState().scenario!.settings.optimismCorrection).toBe(true);
    expect(statement()).toMatch(/^til: karakter 1: gevinster −25 %, omkostninger \+25 % — \d+ linjer uden karakter er ikke korrigeret$/);
    expect(npv(store)).toBeCloseTo(before - 20625, 6);

    act(() => store.temporal.getState().undo());
    expect(store.getState().scenario!.settings.optimismCorrection).toBeUndefined();
    expect((screen.getByRole('checkbox', { name: /^Optimismekorrektion/ }) as HTMLInputElement).checked).toBe(false);
    expect(statement()).toBe('ingen (tal uden optimismekorrektion)');
  });
});
