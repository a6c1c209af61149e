/**
 * The opening steps the guided-start tests share (test/ui/guided-start.test.tsx, test/i18n/template-notes.test.tsx):
 * the toolbar on a started library, and »Ny case« opened, with a target group chosen on step 1 if asked.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE, type AppStore } from '../../src/state';
import { preloadLazyParts } from '../../src/ui/components/lazy-part';
import { LibraryToolbar } from '../../src/ui/features/library/library-toolbar';
import { fakePlatform } from '../state/fake-platform';

// The guided start is a lazy part of the toolbar (it loads on demand in the page); here it is fetched once, up front.
await preloadLazyParts();

/** The toolbar on the IPS example, its library started (autosave at once, on a fake platform). */
export async function renderToolbar(): Promise<AppStore> {
  const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(), autosaveDelayMs: 0 });
  render(<AppStoreProvider store={store}><LibraryToolbar /></AppStoreProvider>);
  await act(() => store.getState().startLibrary());
  return store;
}

/** Clicks »Ny case« and returns its dialog (in Danish); with `group`, that target group is chosen on step 1. */
export function openGuidedStart(group?: string): HTMLElement {
  fireEvent.click(screen.getByRole('button', { name: 'Ny case' }));
  const dialog = screen.getByRole('dialog', { name: 'Ny case: guidet start' });
  if (group !== undefined) fireEvent.change(within(dialog).getByLabelText('Målgruppe'), { target: { value: group } });
  return dialog;
}
