/** What the UI may use of the state layer. */
export { appStore, createAppStore, DEFAULT_VIEW, type AppState, type AppStore, type Measure, type Scale, type ViewOptions } from './app-store';
export { IPS_EXAMPLE, type Example } from './examples';
export { selectPerspectiveLabel, selectRun, selectViewSeries, TOTAL_ID, type LedgerSeries, type RunResult, type ViewSeries } from './selectors';
export { AppStoreProvider, useAppStore } from './use-app-store';
