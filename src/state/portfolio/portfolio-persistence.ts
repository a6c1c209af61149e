/**
 * Nothing is lost (docs/portfolio.md §8): at start a `#p=` link opens its portfolio if it validates
 * (else the link's problems are shown and the saved work stays); otherwise the autosaved portfolio is
 * reopened. Every change of the file is saved again after a short pause.
 */
import { decodePortfolioFragment, isPortfolioFragment } from '../../io/portfolio-link';
import type { PortfolioStorage } from '../../platform/portfolio-storage';
import type { PortfolioStore } from './portfolio-store';

export const PORTFOLIO_AUTOSAVE_MS = 400;

export interface PortfolioStartup {
  readFragment: () => string;
  clearFragment: () => void;
  storage: PortfolioStorage | null;
  /** Registers a callback for when the page is being left (pagehide). */
  onLeave?: (callback: () => void) => void;
}

export async function startPortfolio(store: PortfolioStore, { readFragment, clearFragment, storage, onLeave }: PortfolioStartup): Promise<void> {
  const fragment = readFragment();
  let fromLink = false;
  if (isPortfolioFragment(fragment)) {
    const decoded = decodePortfolioFragment(fragment);
    clearFragment();
    if (decoded.ok) fromLink = store.getState().openFile(decoded.value.file);
    else store.setState({ refused: decoded.errors });
  }
  if (!fromLink && storage) {
    const saved = await storage.load().catch(() => undefined);
    if (saved !== undefined && saved !== null) {
      const refused = store.getState().refused;
      store.getState().openFile(saved);
      if (refused) store.setState({ refused }); // the link's problems stay visible
    }
  }
  store.temporal.getState().clear();
  if (!storage) return;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let generation = 0;
  const save = () => {
    timer = null;
    const mine = ++generation;
    storage.save(store.getState().file).then(
      () => { if (mine === generation) store.setState({ saveStatus: 'saved' }); },
      () => { if (mine === generation) store.setState({ saveStatus: 'failed' }); },
    );
  };
  if (fromLink) save();
  else store.setState({ saveStatus: 'saved' });
  store.subscribe((state, previous) => {
    if (state.file === previous.file) return;
    if (timer) clearTimeout(timer);
    store.setState({ saveStatus: 'pending' });
    timer = setTimeout(save, PORTFOLIO_AUTOSAVE_MS);
  });
  // Leaving the page saves what is pending at once.
  onLeave?.(() => { if (timer) { clearTimeout(timer); save(); } });
}
