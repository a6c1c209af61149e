/** Renders the whole page on a store of the test's own, so tests never share state. */
import { render } from '@testing-library/react';
import { App } from '../../src/ui/app/app';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE, type AppStore, type Example } from '../../src/state';
import { preloadLazyParts } from '../../src/ui/components/lazy-part';

// The parts that load after the first paint (the editor, the analysis tabs, the library's popovers,
// and the catalogue texts, src/io/catalogue-texts-loader.ts) are fetched once here, so the page renders
// in one go, as it does once its chunks have arrived.
await preloadLazyParts();

export function renderApp(example: Example = IPS_EXAMPLE): { store: AppStore } & ReturnType<typeof render> {
  const store = createAppStore(example);
  return { store, ...render(<AppStoreProvider store={store}><App /></AppStoreProvider>) };
}

/** The IPS example with every cohort's participant count replaced. */
export function ipsWithParticipants(count: number): Example {
  const json = structuredClone(IPS_EXAMPLE.json) as { targetGroups: { cohorts: { count: number }[] }[] };
  for (const group of json.targetGroups) for (const cohort of group.cohorts) cohort.count = count;
  return { ...IPS_EXAMPLE, json };
}
