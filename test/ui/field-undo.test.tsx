// @vitest-environment jsdom
/**
 * Issue 11, item 9: Ctrl+Z inside a field that holds no uncommitted text undoes the scenario's last edit
 * at once — the field shows the restored value, the results follow, and leaving the field records no new
 * edit. While the field holds typed, uncommitted text, Ctrl+Z is left to the browser (typing undo).
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

afterEach(cleanup);

const horizonField = () => document.getElementById('ed-settings-horizonYears') as HTMLInputElement;
const yearColumns = () => within(screen.getByRole('table', { name: /nettoresultat/ })).getAllByRole('columnheader').length - 1;

describe('undo inside a field', () => {
  it('gives one consistent state: field, store and results go back together, and blur records nothing', () => {
    const { store } = renderApp();
    const input = horizonField();
    const before = store.getState().scenario!.settings.horizonYears;
    expect(yearColumns()).toBe(before);
    input.focus();
    fireEvent.change(input, { target: { value: String(before + 2) } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(store.getState().scenario!.settings.horizonYears).toBe(before + 2);
    expect(yearColumns()).toBe(before + 2);
    const steps = store.temporal.getState().pastStates.length;

    const key = fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(key).toBe(false); // the browser's own undo is not also applied
    expect(store.getState().scenario!.settings.horizonYears).toBe(before);
    expect(input.value).toBe(String(before));
    expect(yearColumns()).toBe(before);

    fireEvent.blur(input);
    expect(store.temporal.getState().pastStates).toHaveLength(steps - 1);
    expect(store.temporal.getState().futureStates).toHaveLength(1); // redo is still there: no new edit
    expect(store.getState().scenario!.settings.horizonYears).toBe(before);

    input.focus();
    fireEvent.keyDown(input, { key: 'y', ctrlKey: true });
    expect(input.value).toBe(String(before + 2));
    expect(store.getState().scenario!.settings.horizonYears).toBe(before + 2);
  });

  it('leaves Ctrl+Z to the browser while typed text is not yet committed', () => {
    const { store } = renderApp();
    const input = horizonField();
    const before = store.getState().scenario!.settings.horizonYears;
    input.focus();
    fireEvent.change(input, { target: { value: String(before + 1) } });
    const key = fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(key).toBe(true);
    expect(input.value).toBe(String(before + 1));
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
