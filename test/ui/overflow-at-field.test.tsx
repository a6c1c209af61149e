// @vitest-environment jsdom
/**
 * The app shows the engine's refusal of an overflowing result or a too long expression at the field
 * behind it, as the command line does (issue 9, items 3 and 6).
 */
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore } from '../../src/state';
import { EditorPanel } from '../../src/ui/features/scenario-editor/editor-panel';

afterEach(cleanup);

const COST = 'ed-targetGroups-0-interventions-0-costs-0-amount';
const COUNT = 'ed-targetGroups-0-cohorts-0-count';
const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const messageOf = (input: HTMLInputElement) => document.getElementById(input.getAttribute('aria-describedby')!)?.textContent ?? '';

function type(input: HTMLInputElement, text: string) {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('refusals at the field', () => {
  it('1e300 kr. for 1e10 participants: the cost amount is marked, with the overflow message', () => {
    const store = createAppStore();
    render(<AppStoreProvider store={store}><EditorPanel /></AppStoreProvider>);
    type(field(COST), '1e300');
    expect(field(COST).getAttribute('aria-invalid')).toBeNull(); // 1.5e300 kr. for one participant is finite
    type(field(COUNT), '1e10');
    expect(store.getState().scenario!.targetGroups[0]!.cohorts[0]!.count).toBe(1e10);
    expect(field(COST).getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(field(COST))).toMatch(/overflows.*10000000000 participants/);
  });

  it('the 5,000-term sum: the cost amount is marked as too long', () => {
    const store = createAppStore();
    render(<AppStoreProvider store={store}><EditorPanel /></AppStoreProvider>);
    type(field(COST), Array(5_000).fill('1').join('+'));
    expect(field(COST).getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(field(COST))).toContain('too long');
  });
});
