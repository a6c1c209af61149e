/**
 * The app's store: one vanilla zustand store (tests use getState/setState without React) combined
 * from slices. Undo/redo (zundo) records only the document's scenario, never view state.
 * Results are derived from the scenario by selectors.ts; nothing computed is stored here.
 */
import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDocumentSlice, type DocumentSlice } from './slices/document-slice';
import { createViewSlice, type ViewSlice } from './slices/view-slice';
import { IPS_EXAMPLE, type Example } from './examples';

export type AppState = DocumentSlice & ViewSlice;

/** How many edits can be undone. */
export const UNDO_LIMIT = 200;

type Tracked = Pick<AppState, 'scenario'>;
export type AppStore = StoreApi<AppState> & { temporal: StoreApi<TemporalState<Tracked>> };

export function createAppStore(example: Example | null = IPS_EXAMPLE): AppStore {
  const store = createStore<AppState>()(temporal((...a) => ({
    ...createDocumentSlice(...a),
    ...createViewSlice(...a),
  }), {
    partialize: (state): Tracked => ({ scenario: state.scenario }),
    equality: (past, current) => past.scenario === current.scenario,
    limit: UNDO_LIMIT,
  }));
  if (example) {
    store.getState().openScenario(example.json, 'example');
    store.temporal.getState().clear(); // opening a document is not an edit to undo
  }
  return store;
}

/** The store the app runs on; tests make their own with createAppStore(). */
export const appStore: AppStore = createAppStore();
