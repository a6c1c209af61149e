/** The app's one portfolio store: created on first use (the page is loaded on demand), started from the link or autosave. */
import { browserPlatform } from '../../platform/browser-platform';
import { openPortfolioStorage } from '../../platform/portfolio-storage';
import { createPortfolioWorker } from '../../worker/create-portfolio-worker';
import { startPortfolio } from './portfolio-persistence';
import { createPortfolioStore, type PortfolioStore } from './portfolio-store';
import { createPortfolioWorkerClient } from './portfolio-worker-client';

let store: PortfolioStore | null = null;
let started: Promise<void> | null = null;

export function appPortfolioStore(): PortfolioStore {
  if (store) return store;
  const created = createPortfolioStore(createPortfolioWorkerClient(createPortfolioWorker));
  store = created;
  started = openPortfolioStorage().catch(() => null).then((storage) => startPortfolio(created, {
    readFragment: () => browserPlatform.readFragment(), clearFragment: () => browserPlatform.clearFragment(), storage,
    onLeave: (callback) => { if (typeof window !== 'undefined') window.addEventListener('pagehide', callback); },
  }));
  return created;
}

/** Resolves once the link or the autosaved portfolio has been opened. */
export function portfolioStarted(): Promise<void> {
  return started ?? Promise.resolve();
}

/** The browser's file and clipboard services, for the page's save, open and share buttons. */
export const portfolioFiles = {
  save: (text: string, fileName: string) => browserPlatform.saveFile(text, fileName),
  pick: () => browserPlatform.pickFile(),
  copy: (text: string) => browserPlatform.copyText(text),
  pageUrl: () => browserPlatform.pageUrl(),
};
