/** The shapes of a person's value per ledger and month (values.ts), apart so public-finance.ts can use them without a cycle. */
import type { Allocate } from './arena';
import type { Model } from '../model/catalogue';
import type { ValueFormula, ValueLabel } from '../model/line-text';
import type { Amount, PublicFinanceSetting } from '../model/scenario';

/** A valued stream per person in the success state: value per person-month at participant month k. */
export interface ValueComponent {
  ledger: string;
  department: string | null;
  category: string;
  label: ValueLabel;
  /** A constant, or a full-length series when it varies (refusion by seniority). */
  perMonth: number | Float64Array;
  formula: ValueFormula;
  /** The amounts it was computed from, for dependency tracking. */
  amounts: Amount[];
}

/** The catalogue's socioeconomic rules, resolved to numbers for one run. */
export interface WelfareFactors {
  ledger: string;
  productionCategory: string;
  distortionCategory: string;
  publicLedgers: Set<string>;
  /** Categories the welfare perspective counts: only these are re-valued at market prices. */
  counted: Set<string>;
  netTaxFactor: number;
  distortionFactor: number;
  /** The catalogue's amount for NAF (a constant's name), for dependency tracking. */
  netTaxFactorAmount: Amount;
}

export interface ValueContext {
  model: Model;
  months: number;
  startingSeniorityWeeks: number;
  refusionOverride: string | undefined;
  /** Whose gain derived values show: settings.publicFinance (default 'public-sector'). */
  publicFinance: PublicFinanceSetting;
  /** The rules year (settings.rulesYear, else firstYear): picks the dated landsudligning rate in force (undefined: the rules' default rate). */
  rulesYear: number | undefined;
  /** u(to) − u(from) per state pair: the same for every outcome of a target group. */
  derivedCache: Map<string, ValueComponent[]>;
  /** The welfare view's factors when the scenario is in the catalogue's welfare perspective; null otherwise. */
  welfare: WelfareFactors | null;
  alloc: Allocate;
  evaluate(amount: Amount, path: string): number | null;
  fail(path: string, message: string): void;
}
