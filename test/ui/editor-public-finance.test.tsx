// @vitest-environment jsdom
/**
 * The editor's »Hvem får gevinsten« choice (settings.publicFinance) and the results footer that states it beside
 * every result, like the discount convention (docs/hvem-faar-gevinsten.md §2).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore } from '../../src/state';
import { EXAMPLES } from '../../src/state/examples';
import { EditorPanel } from '../../src/ui/features/scenario-editor/editor-panel';
import { ResultsFooter } from '../../src/ui/features/results/results-footer';

afterEach(cleanup);

const VOKSEN = EXAMPLES.find((e) => e.id === 'voksenlaerling')!;

describe('who gains: the public-finance setting in the app', () => {
  it('offers the three settings on the dk catalogue, stores the choice and states it under the results', async () => {
    const store = createAppStore(VOKSEN);
    render(<AppStoreProvider store={store}><EditorPanel /><ResultsFooter /></AppStoreProvider>);
    expect(await screen.findByText(/Hvem får gevinsten:/)).toBeTruthy();
    expect(screen.getByText(/den offentlige sektor samlet: lovbestemte betalinger/)).toBeTruthy();
    const select = screen.getByLabelText('Hvem får gevinsten') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Den offentlige sektor samlet (standard)', 'Én kommune (efter landsudligning)', 'Kommunerne samlet (budgetgaranti)',
    ]);
    fireEvent.change(select, { target: { value: 'single-kommune' } });
    expect(store.getState().scenario!.settings.publicFinance).toBe('single-kommune');
    expect(await screen.findByText(/én kommune: landsudligningen tager 75 %/)).toBeTruthy();
    fireEvent.change(select, { target: { value: '' } });
    expect(store.getState().scenario!.settings.publicFinance).toBeUndefined();
  });
});
