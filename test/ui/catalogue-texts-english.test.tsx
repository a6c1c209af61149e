// @vitest-environment jsdom
/**
 * In English the catalogue texts carry the first screen's names (ledgers, categories, states), so a
 * component asks for them at once instead of waiting for the idle preload: the catalogue's own
 * (Danish) name first, then the English one, with no preload called. (main.tsx fetches them before
 * the first render when English was the remembered choice.)
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { catalogueTextsIfLoaded } from '../../src/io/catalogue-texts-loader';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE } from '../../src/state';
import { useCatalogueNames } from '../../src/ui/i18n/catalogue-names';

afterEach(cleanup);

function Ledger() {
  const names = useCatalogueNames();
  return <p data-testid="ledger">{names('ledgers.kommune', 'Kommune')}</p>;
}

it('shows the catalogue\'s own name until the English texts, which it asked for itself, arrive', async () => {
  const store = createAppStore(IPS_EXAMPLE);
  store.getState().setLanguage('en');
  expect(catalogueTextsIfLoaded()).toBeNull();
  render(<AppStoreProvider store={store}><Ledger /></AppStoreProvider>);
  expect(screen.getByTestId('ledger').textContent).toBe('Kommune');
  expect(await screen.findByText('Municipality')).toBeTruthy();
  expect(catalogueTextsIfLoaded()).not.toBeNull();
});
