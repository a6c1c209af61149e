/**
 * The portfolio's two heavier runs, shared by the command line and the browser worker: the exact
 * choice (with a MIP solver passed in) and the Monte Carlo over the chosen set's cases.
 */
import {
  bankableTest, chooseExact, portfolioMonteCarlo,
  type ChoiceGoal, type ChoiceOutcome, type MipSolver, type PortfolioMonteCarloSummary, type Selection,
} from '../engine';
import { asPoolScenario, poolDiscountFactors, type LoadedPortfolio } from './load-portfolio';
import { fileSelection } from './portfolio-overview';

export const RUNNERS_UP = 3;

export function choosePortfolio(p: LoadedPortfolio, goal: ChoiceGoal, solve: MipSolver): ChoiceOutcome {
  return chooseExact({ pool: p.pool, years: p.years, cases: p.choiceCases, goal }, solve, RUNNERS_UP);
}

/** Monte Carlo of a selection (default: the file's own), shared parameters as the file declares them. */
export function portfolioMonteCarloOf(p: LoadedPortfolio, draws: number, seed: number | string, selection: Selection = fileSelection(p)): PortfolioMonteCarloSummary {
  const cases = p.cases.flatMap((k) => {
    const option = k.options.find((o) => o.id === selection[k.id]);
    if (!option) return [];
    return [{
      id: k.id, scenario: asPoolScenario(option.scenario, p.pool), model: k.model, firstYear: option.firstYear,
      isBankable: bankableTest(option.scenario, k.model), factors: poolDiscountFactors(option.scenario, k.model, p.years),
    }];
  });
  return portfolioMonteCarlo(cases, p.pool, p.years, draws, seed, p.file.sharedParameters);
}
