/** How results are shown: view state only, never part of the scenario or its undo history. */
import type { StateCreator } from 'zustand';

/** Running totals or each year's own net. */
export type Measure = 'cumulative' | 'annual';
/**
 * Whether amounts are divided by the number of participants: by everyone who starts within the
 * horizon ('perParticipant'), by those started by the end of each year ('perStarted'), or not.
 */
export type Scale = 'perParticipant' | 'perStarted' | 'total';
/** Nominal (undiscounted) or discounted amounts. */
export type Valuation = 'nominal' | 'discounted';
/** Rows per ledger, or per ledger and department. */
export type Breakdown = 'ledgers' | 'departments';
export type Language = 'da' | 'en';

export interface ViewOptions {
  measure: Measure;
  scale: Scale;
  valuation: Valuation;
  breakdown: Breakdown;
}

/** A figure the user asked to have explained (a cell of the results table). */
export interface FigureSelection {
  /** A ledger id or 'total'. */
  ledger: string;
  department?: string | null;
  year: number;
}

/** A break-even question: which parameter makes the ledger's NPV (or its cumulative net at `year`) zero. */
export interface BreakEvenQuery {
  parameter: string;
  /** A ledger id, or 'total'. */
  ledger: string;
  /** NPV = 0, or the cumulative (undiscounted) net at the end of `year` = 0: paid back within `year` years. */
  target: 'npv' | 'payback';
  year: number;
}

export interface ViewSlice {
  view: ViewOptions;
  language: Language;
  explained: FigureSelection | null;
  /** The break-even question last asked in the sensitivity tab, so the printed report can show its answer. */
  lastBreakEven: BreakEvenQuery | null;
  rememberBreakEven: (query: BreakEvenQuery) => void;
  /**
   * Whether the tornado includes the numbers typed straight into the case's fields (»Medtag felter i
   * casen«): a choice of how to look, kept here so the printed report shows the tornado the page shows.
   */
  tornadoFields: boolean;
  setTornadoFields: (on: boolean) => void;
  setView: (change: Partial<ViewOptions>) => void;
  setMeasure: (measure: Measure) => void;
  setScale: (scale: Scale) => void;
  setLanguage: (language: Language) => void;
  explainFigure: (figure: FigureSelection | null) => void;
}

/** Tabel 6.4's view: cumulative, per participant, nominal, per ledger. */
export const DEFAULT_VIEW: ViewOptions = { measure: 'cumulative', scale: 'perParticipant', valuation: 'nominal', breakdown: 'ledgers' };

export const createViewSlice: StateCreator<ViewSlice, [['temporal', unknown]], [], ViewSlice> = (set) => ({
  view: DEFAULT_VIEW,
  language: 'da',
  explained: null,
  lastBreakEven: null,
  rememberBreakEven: (query) => set((s) => (sameQuery(s.lastBreakEven, query) ? s : { lastBreakEven: query })),
  tornadoFields: false,
  setTornadoFields: (on) => set({ tornadoFields: on }),
  setView: (change) => set((s) => ({ view: { ...s.view, ...change } })),
  setMeasure: (measure) => set((s) => ({ view: { ...s.view, measure } })),
  setScale: (scale) => set((s) => ({ view: { ...s.view, scale } })),
  setLanguage: (language) => set({ language }),
  explainFigure: (figure) => set({ explained: figure }),
});

function sameQuery(a: BreakEvenQuery | null, b: BreakEvenQuery): boolean {
  return a !== null && a.parameter === b.parameter && a.ledger === b.ledger && a.target === b.target && a.year === b.year;
}
