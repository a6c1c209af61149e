/** Follow-up and guardrails of the open scenario, memoised on the scenario object like the projection. */
import { weakMapMemoize } from 'reselect';
import { followUpReport, type FollowUpReport } from '../../io/follow-up';
import { guardrailsFor } from '../../io/guardrails';
import { followUpSection, type FollowUpSection } from '../../format/follow-up-section';
import type { EngineError, GuardrailFinding, Result } from '../../engine';
import { selectModel, selectRun } from './view';
import type { AppState } from '../app-store';

const reportFor = weakMapMemoize(followUpReport);
const guardrailsOf = weakMapMemoize(guardrailsFor);

export function selectFollowUp(state: Pick<AppState, 'scenario'>): Result<FollowUpReport, EngineError> | null {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model) return null;
  return reportFor(scenario, model);
}

const NONE: GuardrailFinding[] = [];

export function selectGuardrails(state: Pick<AppState, 'scenario'>): GuardrailFinding[] {
  const { scenario } = state;
  const model = selectModel(state);
  const run = selectRun(state);
  if (!scenario || !model || !run?.ok) return NONE;
  return guardrailsOf(scenario, model, run.value);
}

/**
 * The follow-up section for the printed report and exports, worded in the app's language: null when
 * the case has no realised figures or they cannot be computed (the tab shows why).
 */
export function selectFollowUpReportSection(state: Pick<AppState, 'scenario' | 'language'>): FollowUpSection | null {
  const report = selectFollowUp(state);
  return report?.ok ? followUpSection(report.value.view, state.language) : null;
}
