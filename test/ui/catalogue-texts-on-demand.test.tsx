// @vitest-environment jsdom
/**
 * The catalogue texts are not in the first load (src/io/catalogue-texts-loader.ts): until they arrive
 * the hooks give the catalogue's own wording, and the components re-render with the texts once they
 * have; the page's preload after the first paint (preloadLazyParts) fetches them. Copying a template
 * into a new case waits for them. This file never preloads before its tests do, so it sees the wait.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../src/io/catalogues';
import { catalogueTextsIfLoaded, loadCatalogueTexts } from '../../src/io/catalogue-texts-loader';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE } from '../../src/state';
import { newScenarioFromTemplate, openNewCaseFromTemplate } from '../../src/state/edits';
import { preloadLazyParts } from '../../src/ui/components/lazy-part';
import { ScenarioHeader } from '../../src/ui/features/scenario/scenario-header';
import { useCatalogueOwnText } from '../../src/ui/i18n/catalogue-names';
import { ITEM_NAMES } from '../../src/ui/i18n/edit-names';

afterEach(cleanup);

// The IPS example's note of its course length, copied from the ips template (the catalogue writes it in English).
const NOTE = 'On average 18 months.';
const DANISH = 'I gennemsnit 18 måneder.';

function Note() {
  const own = useCatalogueOwnText();
  return <p data-testid="note">{own(NOTE)}</p>;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the catalogue texts, loaded on demand', () => {
  it('are not there at the start, so a new case cannot be copied from a template in a language yet', () => {
    expect(catalogueTextsIfLoaded()).toBeNull();
    expect(() => newScenarioFromTemplate(shippedCatalogue('dk')!, 'ips', ITEM_NAMES.da)).toThrow(/not loaded/);
  });

  it('show the catalogue\'s own wording until they arrive with the preload, then the Danish text; the first screen\'s header does not change', async () => {
    const store = createAppStore(IPS_EXAMPLE);
    store.getState().setLanguage('da');
    render(<AppStoreProvider store={store}><ScenarioHeader /><Note /></AppStoreProvider>);
    const header = document.querySelector('.scenario-header')!.textContent;
    expect(screen.getByTestId('note').textContent).toBe(NOTE);
    // In Danish the hooks do not fetch the texts themselves: the page's idle preload does.
    await act(tick);
    expect(catalogueTextsIfLoaded()).toBeNull();
    expect(screen.getByTestId('note').textContent).toBe(NOTE);
    await act(() => preloadLazyParts());
    expect(catalogueTextsIfLoaded()).not.toBeNull();
    expect(screen.getByTestId('note').textContent).toBe(DANISH);
    expect(document.querySelector('.scenario-header')!.textContent).toBe(header);
    expect(header).toContain(IPS_EXAMPLE.title);
  });

  it('are fetched once: every load is the same promise', () => {
    expect(loadCatalogueTexts()).toBe(loadCatalogueTexts());
  });

  it('are awaited by a new case from a template, which then has the template\'s Danish notes', async () => {
    const store = createAppStore(IPS_EXAMPLE);
    expect(await openNewCaseFromTemplate(store.getState(), 'ips', ITEM_NAMES.da)).toEqual([]);
    const scenario = store.getState().scenario!;
    expect(store.getState().origin).toBe('template');
    expect(Object.values(scenario.parameters).map((p) => p.note)).toContain(DANISH);
  });
});
