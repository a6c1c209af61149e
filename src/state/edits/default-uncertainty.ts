/**
 * The Monte Carlo tab's one-click start: a stated default of ±20 % triangular around the value of the
 * parameters that move the NPV most in the tornado (the ±20 % one-way swing on the total), so a case
 * without any uncertainty can be simulated at once. It is a convention, not evidence: the panel says
 * so, and the user replaces it with the case's own ranges. One edit, so one undo removes it.
 */
import { tornado } from '../../engine';
import type { AppState } from '../app-store';
import { selectModel } from '../selectors/view';
import { defaultUncertainty } from '../slices/monte-carlo-slice';
import { defineEdit } from './define-edit';

/** How many parameters the default covers. */
export const DEFAULT_UNCERTAIN_COUNT = 5;

/**
 * The names the default would cover: the widest swings of the NPV in total, among parameters with a
 * plain number value (not an expression) and no uncertainty yet, whose swing is not zero.
 */
export function defaultUncertaintyTargets(state: Pick<AppState, 'scenario'>, count = DEFAULT_UNCERTAIN_COUNT): string[] {
  const { scenario } = state;
  const model = selectModel(state);
  if (!scenario || !model) return [];
  const result = tornado(scenario, model, 'total', { switching: false });
  if (!result.ok) return [];
  return result.value.bars
    .filter((b) => {
      const p = scenario.parameters[b.parameter];
      const swing = Math.abs((b.npvHigh ?? 0) - (b.npvLow ?? 0));
      return p !== undefined && !p.uncertainty && typeof p.value === 'number' && p.value !== 0 && Number.isFinite(swing) && swing > 0;
    })
    .slice(0, count)
    .map((b) => b.parameter);
}

/** Gives each named parameter (with a number value and no uncertainty) a ±20 % triangular distribution. */
export const addDefaultUncertainty = defineEdit('addDefaultUncertainty', (draft, names: readonly string[]) => {
  for (const name of names) {
    const p = draft.parameters[name];
    if (!p || p.uncertainty || typeof p.value !== 'number') continue;
    p.uncertainty = defaultUncertainty('triangular', p);
  }
});

/** Applies the default to the open case as one undoable edit; returns the names it covered. */
export function applyDefaultUncertainty(
  store: { getState: () => Pick<AppState, 'scenario' | 'applyEdit'> }, count = DEFAULT_UNCERTAIN_COUNT,
): string[] {
  const state = store.getState();
  const names = defaultUncertaintyTargets(state, count);
  if (names.length > 0) state.applyEdit('addDefaultUncertainty', (s) => addDefaultUncertainty(s, names), names.join(', '));
  return names;
}
