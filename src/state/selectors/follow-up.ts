/** Follow-up and guardrails of the open scenario, memoised on the scenario object like the projection. */
import { weakMapMemoize } from 'reselect';
import { followUpReport, type FollowUpReport } from '../../io/follow-up';
import { guardrailsFor } from '../../io/guardrails';
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
