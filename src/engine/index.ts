/** The engine's public API: nothing outside src/engine imports its internals. */
export { runScenario, type RunOptions } from './project';
export { solveBreakEven, targetValue, type SolveTarget, type SolveOutcome } from './solver';
export { explainFigure, type FigureQuery, type Explanation, type Dependency } from './explain';
export { perParticipant } from './per-participant';
export { discountFactors, rateInYear, TIMING_CONVENTIONS } from './calc/discounting';
export { paybackYears } from './calc/payback';
export { refundShareInMonth } from './calc/refusion';
export { compileExpression } from './expressions';
export * from './constants';
export type * from './model/scenario';
export type * from './model/catalogue';
export type * from './model/result';
