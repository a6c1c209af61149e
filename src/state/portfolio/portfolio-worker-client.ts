/**
 * The main thread's side of the portfolio worker (src/worker/portfolio.worker.ts): the exact choice
 * (HiGHS, synchronous once loaded) and the portfolio Monte Carlo run there, so the page never blocks.
 * One request at a time per kind; a newer request's answer wins.
 */
import type { ChoiceGoal, PortfolioMonteCarloSummary } from '../../engine';
import type { PortfolioFile } from '../../io/portfolio-schema';
import type { ChoiceSummary, FromPortfolioWorker, ToPortfolioWorker } from '../../worker/portfolio-protocol';

export type { ChoiceSummary, ChoiceSummaryEntry } from '../../worker/portfolio-protocol';

export interface PortfolioWorkerClient {
  choose: (file: PortfolioFile, goal: ChoiceGoal) => Promise<ChoiceSummary>;
  monteCarlo: (file: PortfolioFile, draws: number, seed: number) => Promise<PortfolioMonteCarloSummary>;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export interface WorkerLike {
  postMessage: (message: ToPortfolioWorker) => void;
  onmessage: ((event: MessageEvent<FromPortfolioWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export function createPortfolioWorkerClient(createWorker: () => WorkerLike): PortfolioWorkerClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  const ensure = () => {
    if (worker) return worker;
    worker = createWorker();
    worker.onmessage = ({ data }) => {
      const waiting = pending.get(data.id);
      if (!waiting) return;
      pending.delete(data.id);
      if (data.ok) waiting.resolve(data.result as never);
      else waiting.reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      for (const w of pending.values()) w.reject(new Error(event.message || 'the portfolio worker failed'));
      pending.clear();
      worker = null;
    };
    return worker;
  };
  const ask = <T,>(message: WithoutId<ToPortfolioWorker>) => new Promise<T>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve: resolve, reject });
    ensure().postMessage({ ...message, id });
  });
  return {
    choose: (file, goal) => ask<ChoiceSummary>({ kind: 'choose', file, goal }),
    monteCarlo: (file, draws, seed) => ask<PortfolioMonteCarloSummary>({ kind: 'montecarlo', file, draws, seed }),
  };
}
