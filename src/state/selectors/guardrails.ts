/** The guardrail findings of the open scenario, memoised on the scenario object like the projection. */
import { weakMapMemoize } from 'reselect';
import { guardrailsFor } from '../../io/guardrails';
import type { GuardrailFinding } from '../../engine';
import { selectModel, selectRun } from './view';
import type { AppState } from '../app-store';

const guardrailsOf = weakMapMemoize(guardrailsFor);

const NONE: GuardrailFinding[] = [];

export function selectGuardrails(state: Pick<AppState, 'scenario'>): GuardrailFinding[] {
  const { scenario } = state;
  const model = selectModel(state);
  const run = selectRun(state);
  if (!scenario || !model || !run?.ok) return NONE;
  return guardrailsOf(scenario, model, run.value);
}
