/** The engine's public API: nothing outside src/engine imports its internals. */
export { runScenario, type RunOptions } from './project';
export { compileScenario, type CompiledScenario } from './compile';
export { solveBreakEven, targetValue, wholeValued, type NoSolution, type SolveTarget, type SolveOutcome } from './solver';
export { dependenciesOf } from './scope';
export { explainFigure, type FigureQuery, type Explanation, type Dependency } from './explain';
export { perParticipant } from './per-participant';
export { discountFactors, rateInYear, TIMING_CONVENTIONS } from './calc/discounting';
export { paybackYears } from './calc/payback';
export { refundShareInMonth } from './calc/refusion';
export { constantInForce, constantsInForce, rulesYearOf, type RulesYear } from './calc/dated';
export { compileExpression } from './expressions';
export { createRandom, type Random } from './uncertainty/random';
export { sampleUncertainty, uncertaintyRange, checkUncertainty } from './uncertainty/distributions';
export {
  startMonteCarlo, runMonteCarlo, mergeMonteCarlo, monteCarloOutcome, drawSeed, PERCENTILES, HISTOGRAM_BINS,
  type MonteCarloOptions, type MonteCarloChunk, type MonteCarloRun, type MonteCarloSummary, type KeySummary,
} from './uncertainty/monte-carlo';
export {
  createInProcessRunner, concatChunks, runThrough, splitDraws, MAX_DRAWS,
  type InProcessOptions, type MonteCarloJob, type MonteCarloRunner, type RunnerHandle, type RunnerListener, type SummaryListener,
} from './uncertainty/runner';
export { tornado, discountSweep, unusedParameters, DEFAULT_SWING, type Tornado, type TornadoBar, type TornadoOptions } from './uncertainty/sensitivity';
export { compareScenarios, differences, type Comparison, type Difference } from './compare-scenarios';
export { percentileOfSorted, rankCorrelation, histogram, type Histogram } from './uncertainty/statistics';
export * from './constants';
export type * from './model/scenario';
export type * from './model/catalogue';
export type * from './model/result';
export type * from './model/line-text';
export { checkGuardrails, type GuardrailInput } from './guardrails/check';
export { GUARDRAIL_LIMITS, type GuardrailFinding, type GuardrailKind, type EvidenceTemplate } from './guardrails/findings';
export { reproject, checkFollowUpPaths, followUpTarget, forecastCost, type Reprojection } from './follow-up/reproject';
export { compareWithForecast, type Deviation, type LedgerComparison } from './follow-up/compare';
export { expressionTree, type ExpressionTree } from './expression-tree';
export type * from './portfolio/model';
export { caseFlows, repaymentShareIn, type IsBankable } from './portfolio/case-flows';
export { poolBalance, drawLimitIn, POOL_TOLERANCE, type PoolBalance } from './portfolio/pool';
export {
  enumerateChoices, chooseExact, choiceProgramme,
  type ChoiceProblem, type Choice, type ChoiceOutcome, type BindingLimit, type Limit, type MipSolver,
} from './portfolio/choice';
export { budgetView, BUDGET_YEARS, BUDGET_KINDS, type BudgetView, type BudgetRow, type BudgetKind, type PriceLevel } from './portfolio/budget-view';
export { bankableTest, serviceFrameOf } from './portfolio/budget-flags';
export { portfolioMonteCarlo, type PortfolioMonteCarloCase, type PortfolioMonteCarloSummary } from './portfolio/monte-carlo';
