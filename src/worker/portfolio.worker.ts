/**
 * The portfolio worker: loads HiGHS (its .wasm bundled as an asset, never fetched from elsewhere)
 * on the first choice, then answers choice and Monte Carlo requests off the main thread.
 */
import highsWasm from 'highs/runtime?url';
import { parsePortfolioJson } from '../io/load-portfolio';
import { choosePortfolio, portfolioMonteCarloOf } from '../io/portfolio-runs';
import { loadMipSolver } from '../optimise/highs-solver';
import type { MipSolver } from '../engine';
import type { ChoiceSummary, FromPortfolioWorker, ToPortfolioWorker } from './portfolio-protocol';

let solver: Promise<MipSolver> | null = null;
const post = (message: FromPortfolioWorker) => (self as unknown as { postMessage: (m: FromPortfolioWorker) => void }).postMessage(message);

self.onmessage = async ({ data }: MessageEvent<ToPortfolioWorker>) => {
  try {
    const loaded = parsePortfolioJson(data.file);
    if (!loaded.ok) return post({ id: data.id, ok: false, message: loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n') });
    if (data.kind === 'montecarlo') return post({ id: data.id, ok: true, result: portfolioMonteCarloOf(loaded.value, data.draws, data.seed) });
    solver ??= loadMipSolver(() => highsWasm);
    const solve = await solver;
    const started = performance.now();
    const outcome = choosePortfolio(loaded.value, data.goal, solve);
    const entry = (c: { selection: ChoiceSummary['runnersUp'][number]['selection']; objective: number; npvLedger: number }) =>
      ({ selection: c.selection, objective: c.objective, npvLedger: c.npvLedger });
    const result: ChoiceSummary = {
      goal: data.goal, best: outcome.best && entry(outcome.best), binding: outcome.binding,
      runnersUp: outcome.runnersUp.map(entry), elapsedMs: performance.now() - started,
    };
    post({ id: data.id, ok: true, result });
  } catch (error) {
    post({ id: data.id, ok: false, message: (error as Error).message });
  }
};
