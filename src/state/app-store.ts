/**
 * The app's store (vanilla zustand, so tests can getState/setState without React): the loaded
 * scenario and its model, and the view options. Results are derived from the scenario by the
 * selectors in selectors.ts; nothing computed is stored here.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { parseScenarioJson } from '../io/load-scenario';
import type { EngineError, Model, Scenario } from '../engine';
import { IPS_EXAMPLE, type Example } from './examples';

/** Which series the table shows: running totals or each year's own net. */
export type Measure = 'cumulative' | 'annual';
/** Whether amounts are divided by the number of participants. */
export type Scale = 'perParticipant' | 'total';

export interface ViewOptions {
  measure: Measure;
  scale: Scale;
}

export interface AppState {
  scenario: Scenario | null;
  model: Model | null;
  warnings: string[];
  /** Problems that kept the file from loading (field path + message). */
  loadErrors: EngineError[];
  view: ViewOptions;
  loadExample: (example: Example) => void;
  setMeasure: (measure: Measure) => void;
  setScale: (scale: Scale) => void;
}

/** Tabel 6.4's view: cumulative, per participant. */
export const DEFAULT_VIEW: ViewOptions = { measure: 'cumulative', scale: 'perParticipant' };

export type AppStore = StoreApi<AppState>;

export function createAppStore(example: Example = IPS_EXAMPLE): AppStore {
  const store = createStore<AppState>()((set) => ({
    scenario: null,
    model: null,
    warnings: [],
    loadErrors: [],
    view: DEFAULT_VIEW,
    loadExample: (ex) => {
      const loaded = parseScenarioJson(ex.json);
      if (!loaded.ok) {
        set({ scenario: null, model: null, warnings: [], loadErrors: loaded.errors });
        return;
      }
      const { scenario, model, warnings } = loaded.value;
      set({ scenario, model, warnings, loadErrors: [] });
    },
    setMeasure: (measure) => set((s) => ({ view: { ...s.view, measure } })),
    setScale: (scale) => set((s) => ({ view: { ...s.view, scale } })),
  }));
  store.getState().loadExample(example);
  return store;
}

/** The store the app runs on; tests make their own with createAppStore(). */
export const appStore: AppStore = createAppStore();
