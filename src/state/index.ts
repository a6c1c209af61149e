/** What the UI may use of the state layer. */
export { appStore, createAppStore, UNDO_LIMIT, type AppState, type AppStore, type AppStoreOptions } from './app-store';
export { newDocId, type DocumentOrigin, type EditLabel } from './slices/document-slice';
export {
  DEFAULT_VIEW, type Breakdown, type FigureSelection, type Language, type Measure, type Scale, type Valuation, type ViewOptions,
} from './slices/view-slice';
export { AUTOSAVE_DELAY_MS, fileNameFor, MAX_FILE_BYTES, type LibrarySlice, type PreviousDocument } from './slices/library-slice';
export type { DocumentSummary } from '../platform/library-storage';
export type { OpenedFile } from '../platform/library-platform';
export {
  DEFAULT_DRAWS, DEFAULT_SEED, defaultUncertainty, MAX_DRAWS, selectMonteCarloStale, selectUncertainParameters, uncertaintyProblem,
  type MonteCarloRunner, type MonteCarloSlice, type MonteCarloState, type MonteCarloStatus,
} from './slices/monte-carlo-slice';
export { firstSentence, IPS_EXAMPLE, type Example } from './ips-example';
export {
  scaleSeries, selectModel, selectPerspectiveLabel, selectRun, selectViewSeries, startsStaggered, TOTAL_ID, type LedgerSeries, type RunResult, type ViewSeries,
} from './selectors/view';
export { AppStoreProvider, ChecksFollower, useAppStore, useAppStoreApi, useScenarioCheck, type ScenarioCheck } from './use-app-store';
// selectFollowUp and selectFollowUpReportSection: state/selectors/follow-up.ts (not here: they keep the schema out of the first load).
export { selectGuardrails } from './selectors/guardrails';
export type { FollowUpSection } from '../format/follow-up-section';
export type { FollowUpView } from '../io/follow-up-view';
export type { FollowUpReport } from '../io/follow-up';
export type { ExportKind } from '../platform/library-platform';
export { selectBudgetView } from './budget-selectors';
