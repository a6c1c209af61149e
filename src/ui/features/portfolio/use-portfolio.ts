/** The portfolio page reads the app's portfolio store through this hook. */
import { useStore } from 'zustand';
import { appPortfolioStore, type PortfolioState } from '../../../state/portfolio';

export function usePortfolio<T>(selector: (state: PortfolioState) => T): T {
  return useStore(appPortfolioStore(), selector);
}
