/**
 * The Monte Carlo run of the open case: its settings, progress and summary. The draws run through a
 * Runner (src/engine/uncertainty/runner): the app's store is given the worker pool (src/worker),
 * tests the in-process runner or a fake. This slice only starts and cancels runs and keeps what they report. A result
 * remembers the scenario object it was computed from, so it can be marked stale after an edit.
 * Not part of the document or its undo history.
 */
import { weakMapMemoize } from 'reselect';
import type { StateCreator } from 'zustand';
import { checkUncertainty, runThrough, type MonteCarloRunner, type MonteCarloSummary, type RunnerHandle, type Uncertainty } from '../../engine';
import type { ScenarioFile } from '../../io/scenario-schema';
import { selectModel } from '../selectors/run';
import type { DocumentSlice } from './document-slice';

export type { MonteCarloRunner } from '../../engine';
export { MAX_DRAWS } from '../../engine';

export type MonteCarloStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface MonteCarloState {
  status: MonteCarloStatus;
  /** Draws done and planned in the current or last run. */
  done: number;
  planned: number;
  /** The settings of the current or last run. */
  draws: number;
  seed: number;
  /** The last finished run's summary: kept while a new run goes (the page is not torn down), replaced by its result. */
  summary: MonteCarloSummary | null;
  /** The scenario and seed the summary was computed from, and the worker's time for it. */
  ranOn: ScenarioFile | null;
  summarySeed: number;
  elapsedMs: number | null;
  error: string | null;
}

export interface MonteCarloSlice {
  monteCarlo: MonteCarloState;
  /** Starts a run of the open case (replacing one in progress) on the store's runner, or on the one given. */
  runMonteCarlo: (options: { draws: number; seed: number }, runner?: MonteCarloRunner) => void;
  cancelMonteCarlo: () => void;
}

export const DEFAULT_DRAWS = 5000;
export const DEFAULT_SEED = 1;

const IDLE: MonteCarloState = {
  status: 'idle', done: 0, planned: 0, draws: DEFAULT_DRAWS, seed: DEFAULT_SEED, summary: null, ranOn: null, summarySeed: DEFAULT_SEED,
  elapsedMs: null, error: null,
};

type State = DocumentSlice & MonteCarloSlice;

/** The slice, given the runner its runs go to by default (made on the first run, so the first page does not pay for it). */
export const createMonteCarloSlice = (defaultRunner: () => MonteCarloRunner): StateCreator<State, [['temporal', unknown]], [], MonteCarloSlice> => (set, get) => {
  let handle: RunnerHandle | null = null;
  let shared: MonteCarloRunner | null = null;
  const update = (change: Partial<MonteCarloState>) => set((s) => ({ monteCarlo: { ...s.monteCarlo, ...change } }));
  return {
    monteCarlo: IDLE,
    runMonteCarlo: ({ draws, seed }, runner = (shared ??= defaultRunner())) => {
      const state = get();
      const { scenario } = state;
      const model = selectModel(state);
      if (!scenario || !model) return;
      handle?.cancel();
      update({ status: 'running', done: 0, planned: draws, draws, seed, error: null });
      let settled = false; // an in-process runner may finish before run() returns
      const mine: RunnerHandle = runThrough(runner, { scenario, model, draws, seed }, {
        progress: (done, planned) => update({ done, planned }),
        result: (summary, elapsedMs) => {
          settled = true;
          handle = null;
          update({ status: 'done', done: summary.draws + summary.failed, summary, elapsedMs, ranOn: scenario, summarySeed: seed });
        },
        cancelled: (done, planned) => { settled = true; if (handle === mine) handle = null; update({ status: 'cancelled', done, planned }); },
        error: (message) => { settled = true; handle = null; update({ status: 'error', error: message }); },
      });
      if (!settled) handle = mine;
    },
    cancelMonteCarlo: () => {
      if (get().monteCarlo.status === 'running') handle?.cancel();
    },
  };
};

/** Whether the shown result was computed from another version of the case than the open one (the summary is still shown, marked). */
export function selectMonteCarloStale(state: Pick<State, 'scenario' | 'monteCarlo'>): boolean {
  const { ranOn, summary } = state.monteCarlo;
  return summary !== null && ranOn !== state.scenario;
}

/** The names of the parameters that carry an uncertainty (stable per parameters object). */
export function selectUncertainParameters(state: Pick<State, 'scenario'>): string[] {
  const parameters = state.scenario?.parameters;
  if (!parameters) return [];
  return uncertainOf(parameters);
}

const uncertainOf = weakMapMemoize((parameters: Record<string, { uncertainty?: unknown }>): string[] =>
  Object.keys(parameters).filter((n) => parameters[n]!.uncertainty !== undefined));

/** For the editor: the problem with a distribution's numbers (the engine's words), or null. */
export function uncertaintyProblem(u: Uncertainty): string | null {
  return checkUncertainty(u);
}

/**
 * A starting distribution around a parameter's value (±20 %, kept within the parameter's own min and
 * max, and within 0–1 for a share), so choosing a type gives a sound one at once.
 */
export function defaultUncertainty(kind: Uncertainty['type'], parameter: { value: unknown; min?: number; max?: number; unit?: string }): Uncertainty {
  const v = typeof parameter.value === 'number' && Number.isFinite(parameter.value) ? parameter.value : 0;
  const share = parameter.unit === 'share';
  const spread = v === 0 ? (share ? 0.1 : 1) : Math.abs(v) * 0.2;
  const floor = Math.max(parameter.min ?? -Infinity, share ? 0 : -Infinity);
  const ceiling = Math.min(parameter.max ?? Infinity, share ? 1 : Infinity);
  // toPrecision removes binary noise (0.58 × 0.8 = 0.46399999999999997).
  const tidy = (x: number) => Number(x.toPrecision(12));
  const min = tidy(Math.min(v, Math.max(floor, v - spread)));
  const max = tidy(Math.max(v, Math.min(ceiling, v + spread)));
  switch (kind) {
    case 'uniform': return { type: kind, min, max };
    case 'triangular': case 'pert': return { type: kind, min, mode: v, max };
    case 'normal': return { type: kind, mean: v, sd: tidy(spread / 2) };
    case 'lognormal': return { type: kind, mu: v > 0 ? tidy(Math.log(v)) : 0, sigma: 0.2 };
  }
}
