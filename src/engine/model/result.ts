/** What a projection returns. All amounts in kr. (the scenario's price year), positive = gain. */
import type { LineFormula, LineLabel } from './line-text';
import type { DiscountBand, DiscountTiming, PublicFinanceSetting } from './scenario';

export type Result<V, E> = { ok: true; value: V } | { ok: false; errors: E[] };

/** A problem with the scenario, located by a path such as `targetGroups[0].cohorts[1].count`. */
export interface EngineError {
  path: string;
  message: string;
}

export type LineKind = 'cost' | 'refund' | 'effect' | 'lockIn';

/** One booked stream: a cost item, its refund, or one value component of an outcome. */
export interface Line {
  id: string;
  kind: LineKind;
  /** What the line is, as facts; src/format/line-text.ts puts it in words. */
  label: LineLabel;
  /** Where it comes from in the scenario. */
  path: string;
  targetGroup: string;
  intervention: string;
  ledger: string;
  department: string | null;
  category: string;
  /** Net per year (index 0 = year 1), totals over all participants. */
  annual: number[];
  /** How the line is computed, as facts; src/format/line-text.ts puts it in words. */
  formula: LineFormula;
  /** The amounts (numbers or expressions) it was computed from; explainFigure resolves their names. */
  inputs: readonly (number | string)[][];
}

/** A series of yearly results for one ledger, department, category or the total. */
export interface Series {
  annual: number[];
  cumulative: number[];
  discounted: number[];
  cumulativeDiscounted: number[];
  /** Sum of the discounted annual nets. */
  npv: number;
  /** Fractional years from the start; 0 if never negative; null if not paid back within the horizon. */
  paybackYears: number | null;
  /** Present value of the positive line flows (gains) and of the negative ones (costs, as a positive number). */
  pvGains: number;
  pvCosts: number;
  /** Undiscounted sums of gains and costs (costs as a positive number). */
  totalGains: number;
  totalCosts: number;
  /** pvGains / pvCosts; null when there are no costs. */
  bcr: number | null;
  roi: number | null;
  /** Annual net per category. */
  byCategory: Record<string, number[]>;
}

/** The optimism correction a projection was computed under (stated beside every result, like the discount convention). */
export interface OptimismSummary {
  enabled: boolean;
  /** The grades applied, highest first, with how many lines each corrected. */
  grades: { grade: number; label: string; gainReduction: number; costUplift: number; lines: number }[];
  /** Lines with no grade behind them (left uncorrected). */
  ungradedLines: number;
}

/** The public-finance setting a projection was computed under (stated beside every result, like the discount convention). */
export interface PublicFinanceSummary {
  setting: PublicFinanceSetting;
  /** The landsudligning's share under 'single-kommune'; null otherwise. */
  equalisationRate: number | null;
}

/**
 * The welfare view's factors (docs/semantics.md, "The welfare view"), stated beside the result.
 * `assessed` is false when an outcome is valued by direct values (no wage to value): the production
 * value of that work is not computed, so the result is the costs at market prices, not a welfare
 * figure for the case.
 */
export interface WelfareSummary {
  netTaxFactor: number;
  distortionFactor: number;
  /** The year of the factors' source (Finansministeriet's guidance). */
  sourceYear: number | null;
  assessed: boolean;
}

/** Where the rules year came from: an explicit settings.rulesYear, settings.firstYear, or neither. */
export type RulesYearBasis = 'rulesYear' | 'firstYear' | 'none';

/** Which period's figure a dated constant used. */
export interface PeriodChoice {
  /** 0 = the constant's own figure; k ≥ 1 = periods[k − 1]. */
  index: number;
  /** Periods the constant has, its own included. */
  count: number;
  validFrom?: string;
  validTo?: string;
  /** False when no period covers the rules year and the nearest was taken (or there is no rules year). */
  covers: boolean;
}

/** The rules year a projection used (settings.rulesYear, else firstYear) and the period of each dated constant it took. */
export interface RulesSummary {
  /** null: no rules year; each constant's own figure was used. */
  year: number | null;
  basis: RulesYearBasis;
  /** For each dated catalogue constant the case reads from the catalogue: the period whose figure was used. */
  periods: Record<string, PeriodChoice>;
}

export interface YearLabel {
  /** 1-based year of the projection. */
  year: number;
  /** Calendar year if the scenario gives one. */
  calendarYear: number | null;
}

export interface Projection {
  horizonYears: number;
  years: YearLabel[];
  /** Everyone who starts within the horizon: the divisor of per-participant figures. */
  participants: number;
  /**
   * How many have started by the end of each year (index 0 = year 1); the last equals `participants`.
   * When cohorts start in different years, early years' per-participant figures divide by people who
   * have not started yet (issue 11, item 11); the page says so beside the figure.
   */
  startedByYear: number[];
  perspective: string;
  /** The discount preset (id and the catalogue's label) or, for own rates, the bands; src/format renders it. */
  discount: { preset: { id: string; label: string } | null; bands: DiscountBand[]; timing: DiscountTiming; factors: number[]; convention: string };
  optimism: OptimismSummary;
  publicFinance: PublicFinanceSummary;
  /** Under the catalogue's welfare perspective only: NAF, SFF and whether the case could be assessed. */
  welfare?: WelfareSummary;
  rules: RulesSummary;
  /** Values of all parameters and catalogue constants as used (in the scenario's price year). */
  values: Record<string, number>;
  /**
   * For each parameter and constant, the parameters and constants it reads directly; the names a
   * figure depends on transitively come from dependenciesOf (src/engine/scope.ts) when asked.
   */
  uses: Record<string, string[]>;
  /** The names whose value was re-priced to the scenario's price year: from which year, by what factor. */
  repriced: Record<string, { fromYear: number; toYear: number; index: string; factor: number }>;
  lines: Line[];
  ledgers: Record<string, Series>;
  /** Keyed `ledger/department`; flows without a department under `ledger/-`. */
  departments: Record<string, Series>;
  total: Series;
}
