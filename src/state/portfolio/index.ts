/** What the UI may use of the portfolio state: one store for the page, created on first use. */
export { createPortfolioStore, EXAMPLE_PORTFOLIO, type PortfolioState, type PortfolioStore, type PoolField, type Job } from './portfolio-store';
export { selectLoadedPortfolio, selectPortfolioOverview } from './portfolio-selectors';
export { startPortfolio, PORTFOLIO_AUTOSAVE_MS } from './portfolio-persistence';
export { createPortfolioWorkerClient, type ChoiceSummary, type PortfolioWorkerClient } from './portfolio-worker-client';
export { encodePortfolioFragment, serializePortfolio } from '../../io/portfolio-link';
export type { PortfolioOverview } from '../../io/portfolio-overview';
export type { LoadedPortfolio } from '../../io/load-portfolio';
export { appPortfolioStore, portfolioFiles, portfolioStarted } from './app-portfolio';
