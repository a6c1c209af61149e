/**
 * The open case's budget view (Budgetvisning, docs/portfolio.md §1): the case projected in the budget
 * perspective whatever the view's perspective is, then laid out per forvaltning for the budget year
 * and the three overslagsår. Memoised on the scenario and model objects, like selectRun.
 */
import { budgetView, runScenario, type BudgetView, type EngineError, type Model, type Result, type Scenario } from '../engine';
import type { AppState } from './app-store';
import { selectModelResult } from './selectors/view';

const views = new WeakMap<Scenario, WeakMap<Model, Result<BudgetView, EngineError>>>();

export function selectBudgetView(state: Pick<AppState, 'scenario'>): Result<BudgetView, EngineError> | null {
  const { scenario } = state;
  const modelResult = selectModelResult(state);
  if (!scenario || !modelResult) return null;
  if (!modelResult.ok) return modelResult;
  const model = modelResult.value;
  let byModel = views.get(scenario);
  if (!byModel) views.set(scenario, (byModel = new WeakMap()));
  let view = byModel.get(model);
  if (!view) {
    const asBudget = { ...scenario, settings: { ...scenario.settings, perspective: 'budget' } };
    const run = runScenario(asBudget, model);
    view = run.ok ? { ok: true, value: budgetView(asBudget, model, run.value) } : run;
    byModel.set(model, view);
  }
  return view;
}
