/** Messages between the page and the portfolio worker (src/worker/portfolio.worker.ts). */
import type { BindingLimit, ChoiceGoal, PortfolioMonteCarloSummary, Selection } from '../engine';
import type { PortfolioFile } from '../io/portfolio-schema';

export interface ChoiceSummaryEntry {
  selection: Selection;
  objective: number;
  npvLedger: number;
}

export interface ChoiceSummary {
  goal: ChoiceGoal;
  best: ChoiceSummaryEntry | null;
  binding: BindingLimit[];
  runnersUp: ChoiceSummaryEntry[];
  elapsedMs: number;
}

export type ToPortfolioWorker =
  | { id: number; kind: 'choose'; file: PortfolioFile; goal: ChoiceGoal }
  | { id: number; kind: 'montecarlo'; file: PortfolioFile; draws: number; seed: number };

export type FromPortfolioWorker =
  | { id: number; ok: true; result: ChoiceSummary | PortfolioMonteCarloSummary }
  | { id: number; ok: false; message: string };
