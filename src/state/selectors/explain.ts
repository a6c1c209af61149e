/**
 * The explanation of the figure the user selected (view-slice `explained`), in the view's measure,
 * valuation and scale. The engine's explainFigure gives the nominal lines and their dependencies;
 * discounting and per-participant scaling of each line's share are derived here, so the parts add
 * up to the number in the table. Memoised on the projection and the selection's identity.
 */
import { weakMapMemoize } from 'reselect';
import { explainFigure, type Dependency, type Line, type Model, type Projection, type Scenario } from '../../engine';
import type { AppState } from '../app-store';
import { selectModel, selectRun } from './view';
import type { FigureSelection, Measure, Scale, Valuation } from '../slices/view-slice';

export interface ExplainedFigure {
  selection: FigureSelection;
  measure: Measure;
  valuation: Valuation;
  scale: Scale;
  participants: number;
  value: number;
  contributions: { line: Line; value: number }[];
  dependencies: Dependency[];
}

export function selectExplanation(state: AppState): ExplainedFigure | null {
  const selection = state.explained;
  const run = selectRun(state);
  const model = selectModel(state);
  if (!selection || !run?.ok || !model || !state.scenario) return null;
  const projection = run.value;
  if (selection.year < 1 || selection.year > projection.horizonYears) return null;
  const { measure, valuation, scale } = state.view;
  return explanationOf(projection, state.scenario, model, selection, measure, valuation, scale);
}

const explanationOf = weakMapMemoize((
  projection: Projection, scenario: Scenario, model: Model, selection: FigureSelection, measure: Measure, valuation: Valuation, scale: Scale,
): ExplainedFigure => {
  const query = { ledger: selection.ledger, year: selection.year, measure, ...(selection.department == null ? {} : { department: selection.department }) };
  const nominal = explainFigure(projection, scenario, model, query);
  // Per started participant: the figure at year y is divided by those started by the end of year y.
  const started = scale === 'perStarted' ? projection.startedByYear[selection.year - 1] ?? projection.participants : projection.participants;
  const divisor = scale !== 'total' && started > 0 ? started : 1;
  const first = measure === 'annual' ? selection.year - 1 : 0;
  const factors = projection.discount.factors;
  const contributions = nominal.contributions.map(({ line, value }) => {
    let v = value;
    if (valuation === 'discounted') {
      v = 0;
      for (let i = first; i < selection.year; i++) v += (line.annual[i] ?? 0) * (factors[i] ?? 1);
    }
    return { line, value: v / divisor };
  });
  return {
    selection, measure, valuation, scale, participants: scale === 'perStarted' ? started : projection.participants,
    value: contributions.reduce((s, c) => s + c.value, 0), contributions, dependencies: nominal.dependencies,
  };
});
