/**
 * The model the engine computes with: ledgers, categories, perspectives, discount presets,
 * constants (numbers with metadata), support states, refusion rules and tax rules. It is
 * assembled from the catalogues in models/ and the scenario's own overrides (io/ does that).
 */
import type { Amount, DiscountBand } from './values';

export interface Source {
  title: string;
  publisher?: string;
  year?: number;
  locator?: string;
  url?: string;
}

export interface Department {
  id: string;
  label: string;
}

export interface Ledger {
  id: string;
  label: string;
  departments?: Department[];
}

export interface Category {
  id: string;
  label: string;
  /** False when a saving in it is freed capacity no budget can take back (non-cashable). */
  cashable?: boolean;
}

/** A confidence grade of a figure and the optimism correction it carries (Greater Manchester CBA style). */
export interface ConfidenceGrade {
  grade: number;
  label: string;
  /** Share by which a gain is reduced (0.25 = −25 %). */
  gainReduction: number;
  /** Share by which a cost is uplifted (0.25 = +25 %). */
  costUplift: number;
  source: Source;
  note: string;
  example?: boolean;
  validFrom?: string;
  validTo?: string;
}

/** A named set of categories: which flows count in this way of counting. */
export interface Perspective {
  id: string;
  label: string;
  categories: string[];
  note?: string;
}

export interface DiscountPreset {
  id: string;
  label: string;
  bands: DiscountBand[];
  source?: Source;
  note?: string;
  /** The period the rates are in force (YYYY-MM-DD); informative. */
  validFrom?: string;
  validTo?: string;
}

/** A number in a catalogue, with what it means and where it came from. */
export interface Constant {
  label: string;
  value: number;
  unit: string;
  priceYear?: number;
  source: Source;
  note: string;
  /** True when no published source gives the figure: a value to replace with local data. */
  example?: boolean;
  /** Whether a unit cost is an average (register) cost or the marginal cost of one person more or less. */
  costBasis?: 'average' | 'marginal';
  /** The period the figure is in force (YYYY-MM-DD, both days included); informative, shown with the source. */
  validFrom?: string;
  validTo?: string;
  /** The values the figure may take, when narrower than or other than what its unit implies. */
  range?: { min?: number; max?: number };
  /**
   * The figure in other periods (dated rules, docs/semantics.md "Dated rules"): the constant's own value is
   * the figure of its own period (validFrom–validTo); each entry is the figure, with its own source, in force
   * in another. The engine uses the figure in force in the scenario's rules year (settings.rulesYear, else
   * settings.firstYear); the nearest period when none covers it; the constant's own figure without a rules year.
   */
  periods?: ConstantPeriod[];
}

/** One dated figure of a constant: in force from validFrom to validTo (both days included; open-ended without validTo). */
export interface ConstantPeriod {
  validFrom: string;
  validTo?: string;
  value: number;
  /** The price year of a money figure in this period (each period states its own). */
  priceYear?: number;
  source: Source;
  note: string;
  example?: boolean;
}

export type StateComponent =
  /** A benefit paid while in the state; `refusion` moves part of it to `refundLedger` by seniority. */
  | {
      type: 'benefit';
      label: string;
      monthly: Amount;
      payer: string;
      department?: string;
      category: string;
      refusion?: string;
      refundLedger?: string;
      refundDepartment?: string;
      taxable: boolean;
      /** Covered by the budgetgaranti: the kommuner as a group are compensated for its net change (docs/hvem-faar-gevinsten.md). */
      budgetGuarantee?: boolean;
    }
  /** Earned income: taxed by the tax rules; books nothing itself. */
  | { type: 'wage'; label: string; monthly: Amount }
  /** A public service used while in the state, costing `monthly` to the ledger. */
  | { type: 'service'; label: string; monthly: Amount; ledger: string; department?: string; category: string };

export interface SupportState {
  label: string;
  components: StateComponent[];
  note?: string;
}

/**
 * The share carried by the refunding ledger, by weeks of seniority on public support. Rules of one
 * `regime` (e.g. the municipal benefits the state refunds) can stand in for each other when a
 * scenario compares regimes; a rule for another flow (dagpenge co-financing) is left alone.
 */
export type RefusionRule =
  | { type: 'flat'; label: string; regime?: string; share: number; source?: Source; note?: string; validFrom?: string; validTo?: string }
  | {
      type: 'staircase';
      label: string;
      regime?: string;
      /** Each step applies from week `fromWeek` (1-based) until the next step's. */
      steps: { fromWeek: number; share: number }[];
      source?: Source;
      note?: string;
      validFrom?: string;
      validTo?: string;
    };

/** A tax on income, booked to one ledger, at an effective rate on its base. */
export interface TaxRule {
  label: string;
  ledger: string;
  department?: string;
  category: string;
  rate: Amount;
  /** Which income it taxes: wages, taxable benefits, or both (the default). */
  base?: 'wage' | 'benefit' | 'both';
  /** Rules levied on wages first (AM-bidrag): this rule taxes the wage net of them. */
  deductFirst?: string[];
  /** A deduction from wages only (beskæftigelsesfradrag): `share` of the gross wage, at most `maxPerYear`. */
  wageDeduction?: { share: Amount; maxPerYear: Amount };
  /** Its revenue is the kommune's and is equalised by the landsudligning (kommuneskat). */
  equalised?: boolean;
}

/** One period of the landsudligning's rate: the rate (a constant's name, which carries its source) in force from validFrom to validTo. */
export interface EqualisationPeriod {
  validFrom: string;
  validTo?: string;
  rate: Amount;
}

/** Where one kommune's changed tax and transfers end up (docs/hvem-faar-gevinsten.md, settings.publicFinance). */
export interface PublicFinanceRules {
  /** The ledger of the kommune whose case it is. */
  kommuneLedger: string;
  /** Landsudligning: the share `rate` of a change in an equalised tax goes from the kommune to `ledger`. */
  equalisation: {
    rate: Amount; ledger: string; department?: string; label: string; source: Source; note: string; validFrom?: string; validTo?: string;
    /**
     * The rate as dated rules, one entry per period in force (YYYY-MM-DD, both days included). The engine uses
     * the entry in force in the scenario's settings.firstYear (one rate for the whole projection); `rate` when
     * firstYear is unset or no entry covers it (the guardrail figureOutOfValidity then names the rate used).
     */
    periods?: EqualisationPeriod[];
  };
  /** Budgetgaranti and bloktilskud: the kommuner's net change in guaranteed transfers is offset by `ledger`. */
  budgetGuarantee: { ledger: string; department?: string; label: string; source: Source; note: string; validFrom?: string; validTo?: string };
}

/**
 * The welfare view (docs/semantics.md, "The welfare view"): under `perspective`, a wage gained books
 * wage × netTaxFactor to `ledger` (productionCategory), every other counted line is multiplied by
 * netTaxFactor (factor to market prices), and (distortionFactor − 1) × each line on a public ledger
 * is booked to `ledger` (distortionCategory).
 */
export interface SocioeconomicRules {
  perspective: string;
  ledger: string;
  productionCategory: string;
  distortionCategory: string;
  publicLedgers: string[];
  netTaxFactor: Amount;
  distortionFactor: Amount;
  source: Source;
  note: string;
}

/** A price and wage index by year (e.g. PL), to re-price figures to the scenario's price year. */
export interface PriceIndex {
  label: string;
  values: { year: number; value: number }[];
  source: Source;
  note: string;
  example?: boolean;
}

export interface Model {
  ledgers: Ledger[];
  categories: Category[];
  perspectives: Perspective[];
  discountPresets: DiscountPreset[];
  constants: Record<string, Constant>;
  states: Record<string, SupportState>;
  refusionRules: Record<string, RefusionRule>;
  taxRules: Record<string, TaxRule>;
  priceIndices: Record<string, PriceIndex>;
  /** Confidence grades and their optimism corrections; absent in older catalogues. */
  confidenceGrades?: ConfidenceGrade[];
  /** The rules behind settings.publicFinance; absent in catalogues that cannot tell (then only 'public-sector'). */
  publicFinance?: PublicFinanceRules;
  /** Finansministeriet's factors behind the welfare perspective; absent, that view values no work. */
  socioeconomic?: SocioeconomicRules;
}

export type ModelOverrides = Partial<Model>;
