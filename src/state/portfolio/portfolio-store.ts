/**
 * The portfolio page's store (docs/portfolio.md §8): the portfolio file being edited, with undo
 * (zundo, the file only), the result of the last choice and Monte Carlo (from the worker), and
 * messages. Everything shown is derived from the file by portfolio-selectors.ts. A file or link that
 * does not validate never replaces the one open: it is refused with its field-path messages.
 */
import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { parsePortfolioJson } from '../../io/load-portfolio';
import type { PortfolioFile } from '../../io/portfolio-schema';
import type { ChoiceGoal, EngineError, PortfolioMonteCarloSummary, Selection } from '../../engine';
import { type ChoiceSummary, type PortfolioWorkerClient } from './portfolio-worker-client';
import examplePortfolio from '../../../scenarios/portefoeljer/pulje-2027-2030.json';

export type PoolField = 'amount' | 'firstYear' | 'periodYears' | 'yearlyLimit' | 'repaymentShare';

export type Job<T> = { status: 'idle' } | { status: 'running' } | { status: 'done'; result: T; forFile: PortfolioFile } | { status: 'error'; message: string };

export interface PortfolioState {
  file: PortfolioFile;
  choice: Job<ChoiceSummary>;
  monteCarlo: Job<PortfolioMonteCarloSummary>;
  /** Problems of the last file or link that was refused (the open file stayed). */
  refused: EngineError[] | null;
  /** Autosave: 'memory' until storage is open (or where the browser has none). */
  saveStatus: 'memory' | 'pending' | 'saved' | 'failed';
  setTitle: (title: string) => void;
  setPool: (field: PoolField, value: number | null) => void;
  setGoal: (goal: ChoiceGoal) => void;
  addCase: (scenarioJson: unknown, label?: string) => boolean;
  removeCase: (id: string) => void;
  /** Adds to the case's scenario a variant that starts one year later than the case's latest start, titled by the UI. */
  addDelayedVariant: (caseId: string, title: (year: number) => string) => boolean;
  selectOption: (caseId: string, option: string | null) => void;
  applySelection: (selection: Selection) => void;
  /** Replaces the file if it validates; else keeps the open one and records why. */
  openFile: (json: unknown) => boolean;
  choose: () => void;
  runMonteCarlo: (draws: number, seed: number) => void;
}

type Tracked = Pick<PortfolioState, 'file'>;
export type PortfolioStore = StoreApi<PortfolioState> & { temporal: StoreApi<TemporalState<Tracked>> };

export const EXAMPLE_PORTFOLIO = examplePortfolio as unknown as PortfolioFile;

function slug(text: string, taken: Set<string>): string {
  const base = text.toLowerCase().normalize('NFKD').replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'case';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const clone = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function createPortfolioStore(client: PortfolioWorkerClient | null, initial: PortfolioFile = EXAMPLE_PORTFOLIO): PortfolioStore {
  return createStore<PortfolioState>()(temporal((set, get) => {
    // Only the newest request's answer is shown; an edit in between drops it too.
    let choiceRequest = 0, monteCarloRequest = 0;
    // An edit of the frame or the cases makes the last choice and Monte Carlo answers to another question: drop them.
    const edit = (change: (file: PortfolioFile) => void, keepAnswers = false) => {
      const file = clone(get().file);
      change(file);
      set(keepAnswers ? { file, refused: null } : { file, refused: null, choice: { status: 'idle' }, monteCarlo: { status: 'idle' } });
    };
    return {
      file: clone(initial),
      choice: { status: 'idle' },
      monteCarlo: { status: 'idle' },
      refused: null,
      saveStatus: 'memory',
      setTitle: (title) => edit((f) => { f.title = title; }, true),
      setPool: (field, value) => edit((f) => {
        const pool = f.pool;
        if (field === 'yearlyLimit') {
          if (value === null) delete pool.yearlyDrawLimits;
          else pool.yearlyDrawLimits = Array.from({ length: pool.periodYears }, (_, t) => ({ year: pool.firstYear + t, amount: value }));
        } else if (value !== null) {
          const limit = pool.yearlyDrawLimits?.[0]?.amount;
          (pool as Record<string, unknown>)[field] = value;
          // The yearly limit follows the period: one amount for each of its years.
          if (limit !== undefined && (field === 'firstYear' || field === 'periodYears')) {
            pool.yearlyDrawLimits = Array.from({ length: pool.periodYears }, (_, t) => ({ year: pool.firstYear + t, amount: limit }));
          }
        }
      }),
      setGoal: (goal) => edit((f) => { f.goal = goal; }),
      addCase: (scenarioJson, label) => {
        const title = (scenarioJson as { title?: unknown }).title;
        const name = label ?? (typeof title === 'string' ? title : 'Case');
        const candidate = clone(get().file);
        candidate.cases.push({ id: slug(name, new Set(candidate.cases.map((c) => c.id))), label: name, scenario: clone(scenarioJson) as Record<string, unknown>, selected: 'baseline' });
        const checked = parsePortfolioJson(candidate);
        if (!checked.ok) return (set({ refused: checked.errors }), false);
        set({ file: candidate, refused: null, choice: { status: 'idle' }, monteCarlo: { status: 'idle' } });
        return true;
      },
      removeCase: (id) => edit((f) => { f.cases = f.cases.filter((c) => c.id !== id); }),
      addDelayedVariant: (caseId, title) => {
        const candidate = clone(get().file);
        const entry = candidate.cases.find((c) => c.id === caseId);
        if (!entry) return false;
        const scenario = entry.scenario as { settings?: { firstYear?: number }; variants?: { id: string; title: string; changes: { path: string; value?: unknown }[] }[] };
        const variants = (scenario.variants ??= []);
        const starts = [scenario.settings?.firstYear ?? candidate.pool.firstYear,
          ...variants.flatMap((v) => v.changes.filter((c) => c.path === 'settings.firstYear').map((c) => Number(c.value)))];
        const year = Math.max(...starts) + 1;
        const ids = new Set(variants.map((v) => v.id));
        variants.push({ id: slug(`start-${year}`, ids), title: title(year), changes: [{ path: 'settings.firstYear', value: year }] });
        if (entry.options) entry.options.push(variants.at(-1)!.id);
        const checked = parsePortfolioJson(candidate);
        if (!checked.ok) return (set({ refused: checked.errors }), false);
        set({ file: candidate, refused: null, choice: { status: 'idle' }, monteCarlo: { status: 'idle' } });
        return true;
      },
      selectOption: (caseId, option) => edit((f) => {
        const entry = f.cases.find((c) => c.id === caseId);
        if (entry) entry.selected = option;
      }, true),
      applySelection: (selection) => edit((f) => { for (const c of f.cases) c.selected = selection[c.id] ?? null; }, true),
      openFile: (json) => {
        const checked = parsePortfolioJson(json);
        if (!checked.ok) return (set({ refused: checked.errors }), false);
        set({ file: checked.value.file, refused: null, choice: { status: 'idle' }, monteCarlo: { status: 'idle' } });
        return true;
      },
      choose: () => {
        const file = get().file;
        if (!client) return set({ choice: { status: 'error', message: 'no worker' } });
        const id = ++choiceRequest;
        set({ choice: { status: 'running' } });
        client.choose(file, file.goal).then(
          (result) => { if (id === choiceRequest && get().choice.status === 'running') set({ choice: { status: 'done', result, forFile: file } }); },
          (error: unknown) => set({ choice: { status: 'error', message: (error as Error).message } }),
        );
      },
      runMonteCarlo: (draws, seed) => {
        const file = get().file;
        if (!client) return set({ monteCarlo: { status: 'error', message: 'no worker' } });
        const id = ++monteCarloRequest;
        set({ monteCarlo: { status: 'running' } });
        client.monteCarlo(file, draws, seed).then(
          (result) => { if (id === monteCarloRequest && get().monteCarlo.status === 'running') set({ monteCarlo: { status: 'done', result, forFile: file } }); },
          (error: unknown) => set({ monteCarlo: { status: 'error', message: (error as Error).message } }),
        );
      },
    };
  }, {
    partialize: (state): Tracked => ({ file: state.file }),
    equality: (past, current) => past.file === current.file,
    limit: 100,
  }));
}
