/** Renders the sensitivity tab alone on a store of the test's own (no lazy loading, no other panels). */
import { render } from '@testing-library/react';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE, type AppStore, type Example } from '../../src/state';
import { SensitivityPanel } from '../../src/ui/features/sensitivity/sensitivity-panel';

export function renderSensitivity(example: Example = IPS_EXAMPLE): { store: AppStore } & ReturnType<typeof render> {
  const store = createAppStore(example);
  return { store, ...render(<AppStoreProvider store={store}><SensitivityPanel /></AppStoreProvider>) };
}
