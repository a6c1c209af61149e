/** The React hook over the vanilla store; a context lets tests render with a store of their own. */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { appStore, type AppState, type AppStore } from './app-store';

const StoreContext = createContext<AppStore>(appStore);

export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useContext(StoreContext), selector);
}

/** The store itself, for undo/redo (store.temporal) and for actions outside render. */
export function useAppStoreApi(): AppStore {
  return useContext(StoreContext);
}
