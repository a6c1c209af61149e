// @vitest-environment jsdom
/**
 * Keyboard and names (issue 11, item 10): the analysis tabs follow the WAI-ARIA tabs pattern (one tab in
 * the Tab order, arrow keys and Home/End move along the list), the radio buttons sit in labelled radio
 * groups and carry their own values, and each key-figure row opens its explanation from a native button
 * (Enter/Space), as the year-by-year cells do.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

afterEach(cleanup);

function tabs(): HTMLElement[] {
  return within(screen.getByRole('tablist', { name: 'Hvor sikre er vi?' })).getAllByRole('tab');
}

describe('the analysis tabs', () => {
  it('put exactly one tab in the Tab order, the first while none is open', () => {
    renderApp();
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
  });

  it('move focus with the arrow keys, wrapping, and with Home/End, without opening a tab', () => {
    renderApp();
    const list = tabs();
    act(() => list[0]!.focus());
    fireEvent.keyDown(list[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(list[1]);
    expect(list[1]!.tabIndex).toBe(0);
    expect(list[0]!.tabIndex).toBe(-1);
    fireEvent.keyDown(list[1]!, { key: 'End' });
    expect(document.activeElement).toBe(list[4]);
    fireEvent.keyDown(list[4]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(list[0]);
    fireEvent.keyDown(list[0]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(list[4]);
    fireEvent.keyDown(list[4]!, { key: 'Home' });
    expect(document.activeElement).toBe(list[0]);
    expect(list.map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'false', 'false', 'false', 'false']);
  });

  it('keep the opened tab as the Tab stop once focus leaves the list', () => {
    renderApp();
    const list = tabs();
    fireEvent.click(list[2]!);
    act(() => list[2]!.blur());
    expect(list[2]!.getAttribute('aria-selected')).toBe('true');
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, -1, 0, -1, -1]);
    expect(list[2]!.getAttribute('aria-controls')).toBe('analysis-tabpanel');
    expect(list[0]!.hasAttribute('aria-controls')).toBe(false);
  });
});

describe('the radio buttons', () => {
  it('sit in labelled radio groups and carry their own value (not »on«)', () => {
    renderApp();
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.length).toBeGreaterThan(0);
    for (const radio of radios) {
      expect(radio.value).not.toBe('on');
      const group = radio.closest('[role="radiogroup"]');
      expect(group).not.toBeNull();
      expect(group!.getAttribute('aria-label')).toBeTruthy();
    }
    const discount = screen.getByRole('radiogroup', { name: 'Diskontering' });
    expect(within(discount).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['preset', 'bands']);
  });
});

describe('the key figures', () => {
  it('open the explanation of a ledger from a button in its row, at the end of the horizon', () => {
    const { store } = renderApp();
    const table = screen.getByRole('table', { name: /^Nøgletal pr\. kasse/ });
    const header = within(table).getByRole('rowheader', { name: 'Kommune' });
    const button = within(header).getByRole('button', { name: 'Kommune' });
    expect(button.tagName).toBe('BUTTON'); // a native button: Enter and Space activate it
    expect(button.title).toBe('Forklar Kommune: hele horisonten');
    fireEvent.click(button);
    const horizon = store.getState().scenario!.settings.horizonYears;
    expect(store.getState().explained).toEqual({ ledger: 'kommune', year: horizon });
  });
});
