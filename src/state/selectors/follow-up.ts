/**
 * The follow-up of the open scenario, memoised on the scenario object like the projection. Not in
 * the state index: reading a decision basis checks its scenario with the file schema (zod), so
 * only the views that show a follow-up (the follow-up tab, the report; all lazy) import this file,
 * and the schema stays out of the first load.
 */
import { weakMapMemoize } from 'reselect';
import { followUpReport, type FollowUpReport } from '../../io/follow-up';
import { followUpSection, type FollowUpSection } from '../../format/follow-up-section';
import type { EngineError, Result } from '../../engine';
import { selectModel } from './view';
import type { AppState } from '../app-store';

const reportFor = weakMapMemoize(followUpReport);

export function selectFollowUp(state: Pick<AppState, 'scenario'>): Result<FollowUpReport, EngineError> | null {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model) return null;
  return reportFor(scenario, model);
}

/**
 * The follow-up section for the printed report and exports, worded in the app's language: null when
 * the case has no realised figures or they cannot be computed (the tab shows why).
 */
export function selectFollowUpReportSection(state: Pick<AppState, 'scenario' | 'language'>): FollowUpSection | null {
  const report = selectFollowUp(state);
  return report?.ok ? followUpSection(report.value.view, state.language) : null;
}
