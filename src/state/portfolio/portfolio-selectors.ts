/** What the portfolio page shows, derived from the open file and memoised by its identity. */
import { parsePortfolioJson, type LoadedPortfolio } from '../../io/load-portfolio';
import { portfolioOverview, type PortfolioOverview } from '../../io/portfolio-overview';
import type { PortfolioFile } from '../../io/portfolio-schema';
import type { EngineError, Result } from '../../engine';
import type { PortfolioState } from './portfolio-store';

const loadedCache = new WeakMap<PortfolioFile, Result<LoadedPortfolio, EngineError>>();
const overviewCache = new WeakMap<LoadedPortfolio, PortfolioOverview>();

export function selectLoadedPortfolio(state: Pick<PortfolioState, 'file'>): Result<LoadedPortfolio, EngineError> {
  let loaded = loadedCache.get(state.file);
  if (!loaded) loadedCache.set(state.file, (loaded = parsePortfolioJson(state.file)));
  return loaded;
}

export function selectPortfolioOverview(state: Pick<PortfolioState, 'file'>): PortfolioOverview | null {
  const loaded = selectLoadedPortfolio(state);
  if (!loaded.ok) return null;
  let overview = overviewCache.get(loaded.value);
  if (!overview) overviewCache.set(loaded.value, (overview = portfolioOverview(loaded.value)));
  return overview;
}
