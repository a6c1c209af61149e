/**
 * The app's store: one vanilla zustand store (tests use getState/setState without React) combined
 * from slices. Undo/redo (zundo) records only the document: its scenario, with the label of the
 * edit that made it (so the undo button can name the edit) and its docId. Opening another document
 * clears the history, so undo never carries one document's state into another.
 * Results are derived from the scenario by the selectors in selectors/; nothing computed is stored here.
 */
import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { browserPlatform } from '../platform/browser-platform';
import type { LibraryPlatform } from '../platform/library-platform';
import { createDocumentSlice, type DocumentSlice } from './slices/document-slice';
import { createLibrarySlice, type LibrarySlice } from './slices/library-slice';
import { createMonteCarloSlice, type MonteCarloRunner, type MonteCarloSlice } from './slices/monte-carlo-slice';
import { createPoolRunner } from '../worker/pool';
import { createViewSlice, type ViewSlice } from './slices/view-slice';
import { IPS_EXAMPLE, isTrustedExample, type Example } from './ips-example';
import { appValidator, type ValidatorSource } from './validator';
import { assembleModel } from '../io/catalogues';
import type { ScenarioFile } from '../io/scenario-schema';

export type AppState = DocumentSlice & ViewSlice & LibrarySlice & MonteCarloSlice;

/** How many edits can be undone. */
export const UNDO_LIMIT = 200;

type Tracked = Pick<AppState, 'scenario' | 'lastEdit' | 'docId'>;
export type AppStore = StoreApi<AppState> & { temporal: StoreApi<TemporalState<Tracked>> };
type RecordPast = (past: Tracked, replace: undefined, current: Tracked, delta?: Partial<Tracked> | null) => void;

export interface AppStoreOptions {
  /** The browser (storage, address bar, clipboard, files); tests pass a fake. */
  platform?: LibraryPlatform;
  /** How long autosave waits after the last change. */
  autosaveDelayMs?: number;
  /** Runs the Monte Carlo draws (default: a pool of Web Workers); tests pass the in-process runner. */
  monteCarloRunner?: () => MonteCarloRunner;
  /** Checks files, links and autosaves (default: the validator chunk, loaded on demand); tests pass one they control. */
  validator?: ValidatorSource;
}

/**
 * The store, with `example` open (null: none). The IPS case built into the app (isTrustedExample)
 * opens without the validator; any other goes through openScenario, so the validator must be loaded.
 */
export function createAppStore(example: Pick<Example, 'json'> | null = IPS_EXAMPLE, options: AppStoreOptions = {}): AppStore {
  let history: AppStore['temporal'] | undefined;
  const validator = options.validator ?? appValidator;
  const store = createStore<AppState>()(temporal((...a) => ({
    ...createDocumentSlice(validator)(...a),
    ...createViewSlice(...a),
    ...createLibrarySlice(options.platform ?? browserPlatform, options.autosaveDelayMs, validator)(...a),
    ...createMonteCarloSlice(options.monteCarloRunner ?? (() => createPoolRunner()))(...a),
  }), {
    partialize: (state): Tracked => ({ scenario: state.scenario, lastEdit: state.lastEdit, docId: state.docId }),
    equality: (past, current) => past.scenario === current.scenario,
    limit: UNDO_LIMIT,
    handleSet: (recordPast) => ((past, replace, current, delta) => {
      if (past.docId !== current.docId) history?.getState().clear();
      else (recordPast as unknown as RecordPast)(past, replace, current, delta);
    }) as RecordPast as never,
  }));
  history = store.temporal;
  if (example && isTrustedExample(example)) {
    // Built into the app and proved unchanged by the validator: a copy of the file is the document.
    const scenario = structuredClone(example.json) as ScenarioFile;
    const assembled = assembleModel(scenario.catalogue, scenario.model);
    store.setState({ scenario, origin: 'example', lastEdit: null, warnings: assembled.ok ? assembled.value.warnings : [], loadErrors: [] });
    store.temporal.getState().clear();
  } else if (example) {
    store.getState().openScenario(example.json, 'example');
    store.temporal.getState().clear(); // opening a document is not an edit to undo
  }
  return store;
}

/** The store the app runs on; tests make their own with createAppStore(). */
export const appStore: AppStore = createAppStore();
