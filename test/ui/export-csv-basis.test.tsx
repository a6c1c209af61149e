// @vitest-environment jsdom
/**
 * The results' CSV export states the basis of its figures on its first line, in the words of the
 * table's caption (and the report's): in total, per participant or per started participant, in
 * the page's language, in both dialects. Before, a CSV read on its own did not say which it held.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE, type AppStore } from '../../src/state';
import { ExportMenu } from '../../src/ui/features/results/export-menu';

function renderMenu(): { store: AppStore } {
  const store = createAppStore(IPS_EXAMPLE);
  render(<AppStoreProvider store={store}><ExportMenu /></AppStoreProvider>);
  return { store };
}

afterEach(cleanup);

/** Clicks an export item and returns the text of the file it saves. */
async function exported(store: AppStore, item: string): Promise<string> {
  const save = vi.fn(async (_data: Blob, _name: string) => true);
  act(() => store.setState({ exportFile: save }));
  fireEvent.click(screen.getByRole('button', { name: item, hidden: true })); // inside the closed <details>
  await waitFor(() => expect(save).toHaveBeenCalled());
  const blob = save.mock.calls[0]![0];
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

describe('the CSV export states its basis', () => {
  it('per participant (the default) in the standard dialect, quoted for its commas', async () => {
    const { store } = renderMenu();
    const text = await exported(store, 'Tabel som CSV');
    expect(text.split('\n').slice(0, 2)).toEqual(['"Akkumuleret nettoresultat pr. deltager, kr. (ikke diskonteret)"', expect.stringMatching(/^Kasse,År 1/)]);
  });

  it('in total and annual, discounted, in the Danish Excel dialect (after the byte-order mark)', async () => {
    const { store } = renderMenu();
    act(() => store.getState().setView({ scale: 'total', measure: 'annual', valuation: 'discounted' }));
    const text = await exported(store, 'Tabel som CSV (dansk Excel: semikolon, decimalkomma)');
    expect(text.replace(/^\uFEFF/, '').split('\n').slice(0, 2)).toEqual(['Årligt nettoresultat i alt for alle deltagere, kr. (diskonteret)', expect.stringMatching(/^Kasse;År 1/)]);
  });

  it('per started participant, and in English when the page is in English', async () => {
    const { store } = renderMenu();
    act(() => { store.getState().setScale('perStarted'); store.getState().setLanguage('en'); });
    const text = await exported(store, 'Table as CSV');
    expect(text.split('\n')[0]).toBe('"Cumulative net result per participant who has started, DKK (undiscounted)"');
  });
});
