/**
 * The scenario as the engine reads it (docs/semantics.md). Every numeric field is an `Amount`:
 * a number or a mathjs expression over named parameters and catalogue constants.
 * Signs in results: positive = a gain to the ledger (income or saving), negative = a cost.
 */
import type { ModelOverrides } from './catalogue';
import type { Amount, DiscountBand } from './values';

export type { Amount, DiscountBand } from './values';

/** A ledger (public purse) and optionally one of its departments (forvaltninger). */
export interface Booking {
  ledger: string;
  department?: string;
}

export type CostBasis =
  | 'perParticipantPerYear'
  | 'perParticipantPerMonth'
  | 'perParticipantOnce'
  | 'fixedPerYear'
  | 'fixedOnce';

/** Moves `share` of a cost item from its payer to another ledger (e.g. driftsrefusion). */
export interface Refund extends Booking {
  share: Amount;
  label?: string;
}

export interface CostItem {
  id?: string;
  label: string;
  amount: Amount;
  basis: CostBasis;
  payer: Booking;
  category: string;
  /** Month the window opens: participant month for per-participant bases, scenario month for fixed ones. */
  startMonth?: Amount;
  /** Length of the window in months; default: to the horizon. Ignored by the "once" bases. */
  durationMonths?: Amount;
  refund?: Refund;
  /** Confidence grade of the figure (the catalogue's confidenceGrades); drives the optimism correction. */
  confidence?: number;
  /** Budget view: inside the kommune's serviceramme (default) or outside it. */
  serviceFrame?: 'inside' | 'outside';
  /**
   * Welfare view only: `transfer` for a payment to a private party that buys no resource (an employer
   * wage subsidy: løntilskud, voksenlærlingetilskud). It then counts 0 for society; only the tax
   * distortion of financing it remains. Default `resource`: resource use at market prices (× NAF).
   */
  welfare?: 'resource' | 'transfer';
  note?: string;
  source?: string;
  /** Set only by the follow-up re-projection: the year whose realised cost this item books against the forecast. */
  realisedYear?: number;
}

export type Decay =
  | { type: 'none' }
  /** The effect is multiplied by (1 − ratePerYear) for each whole year since it started. */
  | { type: 'exponential'; ratePerYear: Amount }
  /** The effect falls linearly to zero over `monthsToZero` months (default: its duration). */
  | { type: 'linear'; monthsToZero?: Amount };

/** Fastholdelse: a share (usually negative) of participants held back during the programme. */
export interface LockIn {
  share: Amount;
  startMonth?: Amount;
  durationMonths: Amount;
}

export interface DirectValueLine extends Booking {
  category: string;
  /** Value to the ledger per person-year in the success state (positive = gain). */
  amount: Amount;
  label?: string;
  /** Confidence grade of the unit value (the catalogue's confidenceGrades). */
  confidence?: number;
  /** Budget view: a budget can be reduced by this gain (kan hjemtages); default: the category's `cashable`. */
  bankable?: boolean;
}

export type OutcomeValue =
  | { type: 'direct'; perPersonYear: DirectValueLine[] }
  /** u(to) − u(from), from the model catalogue's support states. */
  | { type: 'derived'; from: string; to: string };

export interface Outcome {
  id?: string;
  label: string;
  /** The success state's name (job, education, fleksjob …), for labels. */
  state: string;
  treated: Amount;
  counterfactual: Amount;
  startMonth: Amount;
  rampMonths?: Amount;
  durationMonths: Amount;
  decay?: Decay;
  lockIn?: LockIn;
  value: OutcomeValue;
  /** Confidence grade of the effect (the catalogue's confidenceGrades). */
  confidence?: number;
  /** Budget view: whether the gains of every value line can be taken back (kan hjemtages); a line's own flag wins. */
  bankable?: boolean;
  /** Months after start that the evidence behind the effect followed participants (guardrails). */
  evidenceFollowUpMonths?: number;
  note?: string;
  source?: string;
}

export interface Intervention {
  id: string;
  label: string;
  description?: string;
  /** The catalogue template it was made from (guardrails compare its effects with the template's evidence). */
  template?: string;
  costs: CostItem[];
  outcomes: Outcome[];
}

export interface Cohort {
  label?: string;
  count: Amount;
  startMonth: Amount;
}

export interface TargetGroup {
  id: string;
  label: string;
  description?: string;
  /** Weeks already on public support when a participant starts (drives the refusion staircase). */
  startingSeniorityWeeks?: Amount;
  cohorts: Cohort[];
  interventions: Intervention[];
}

export type Uncertainty =
  | { type: 'uniform'; min: number; max: number }
  | { type: 'triangular'; min: number; mode: number; max: number }
  | { type: 'pert'; min: number; mode: number; max: number }
  | { type: 'normal'; mean: number; sd: number; min?: number; max?: number }
  | { type: 'lognormal'; mu: number; sigma: number; min?: number; max?: number };

export interface Parameter {
  value: Amount;
  label?: string;
  unit?: string;
  /** Bounds of a sensible value; the break-even solver searches here by default. */
  min?: number;
  max?: number;
  /** Price year of a money value; it is re-priced to the scenario's price year. */
  priceYear?: number;
  uncertainty?: Uncertainty;
  source?: string;
  note?: string;
}

export type DiscountSetting = { preset: string } | { bands: DiscountBand[] };

/** start: year 1 is the base year (factor 1); end: year y discounted over y years; mid: half a year less than end. */
export type DiscountTiming = 'start' | 'mid' | 'end';

/**
 * Whose gain the derived values show (docs/hvem-faar-gevinsten.md): the statutory flows of the public
 * sector as a whole, one kommune after the landsudligning, or the kommuner as a group under the budgetgaranti.
 */
export type PublicFinanceSetting = 'public-sector' | 'single-kommune' | 'all-kommuner';

export interface Settings {
  horizonYears: number;
  /** Calendar label of year 1, e.g. budget year 2027. */
  firstYear?: number;
  /**
   * The year whose rules and rates the case uses ("Regler fra år"): dated catalogue figures and the
   * landsudligning's rate are those in force then. Default settings.firstYear; without either, each
   * constant's own figure (docs/semantics.md, "Dated rules").
   */
  rulesYear?: number;
  /** Price year of the results; money figures from other price years are re-priced to it. */
  priceYear?: number;
  /** Which price index re-prices (default: the only one, or 'pl'). */
  priceIndex?: string;
  perspective: string;
  discount: DiscountSetting;
  discountTiming: DiscountTiming;
  /** Replace the refusion rule of every benefit whose rule is of the same regime (compare old and 2016 rules). */
  refusionRule?: string;
  /** Optimismekorrektion: reduce gains and uplift costs by each figure's confidence grade. */
  optimismCorrection?: boolean;
  /** Default 'public-sector'. Applies to derived values; direct values are booked as their source gives them. */
  publicFinance?: PublicFinanceSetting;
}

export interface CatalogueRef {
  id: string;
  version: string;
}

export interface Scenario {
  title: string;
  description?: string;
  /** Limits of the case a reader must see beside its results. */
  caveats?: string[];
  catalogue?: CatalogueRef;
  settings: Settings;
  parameters: Record<string, Parameter>;
  targetGroups: TargetGroup[];
  /** Ledgers, states, constants … that the scenario carries itself; they override the catalogue's by id. */
  model?: ModelOverrides;
  /** Realised figures after the decision (follow-up); never changes the forecast. */
  followUp?: FollowUp;
  /** The forecast as decided, frozen with its date and SHA-256 hash. */
  decisionBasis?: DecisionBasis;
  /** What presentation mode offers to move on the wall; never changes the forecast. */
  presentation?: Presentation;
}

/** Presentation mode (docs/presentation-and-report.md): the levers the economist chose beforehand. */
export interface Presentation {
  levers: Lever[];
}

/** A parameter shown as a slider from `min` to `max` in steps of `step`, in the parameter's own unit (a share as 0–1). */
export interface Lever {
  parameter: string;
  min: number;
  max: number;
  step: number;
}

/** Realised figures, each with its date, source and note. Paths name scenario fields as errors do. */
export interface FollowUp {
  /** Participants who actually started, per cohort (`targetGroups[g].cohorts[c]`). */
  participants?: RealisedParticipants[];
  /** Costs actually paid per cost item and year (kr., gross before refund). */
  costs?: RealisedCost[];
  /** Observed share in the outcome's state at months after start (`…outcomes[o]`). */
  outcomes?: ObservedOutcome[];
}

interface RealisedFields {
  date?: string;
  source?: string;
  note?: string;
}

export interface RealisedParticipants extends RealisedFields {
  path: string;
  count: number;
}

export interface RealisedCost extends RealisedFields {
  path: string;
  /** 1-based projection year. */
  year: number;
  amount: number;
}

export interface ObservedOutcome extends RealisedFields {
  path: string;
  monthsAfterStart: number;
  share: number;
}

export interface DecisionBasis {
  /** ISO date the case was decided on. */
  date: string;
  /** SHA-256 (hex) of the frozen scenario's canonical JSON. */
  sha256: string;
  /** The scenario as decided, without follow-up and snapshot. */
  scenario: Record<string, unknown>;
  note?: string;
}
