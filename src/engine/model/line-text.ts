/**
 * What a booked line is and how it was computed, as facts (kinds, numbers, ids) rather than words:
 * the engine builds no human-language text. src/format/line-text.ts renders these in Danish or
 * English; catalogue texts carry their key so a renderer can look up a translation.
 */
import type { Amount, CostBasis } from './scenario';

/** A text from the catalogue: its key (e.g. `states.job.components.0`) and the catalogue's own wording. */
export interface CatalogueText {
  key: string;
  text: string;
}

/** Which side of u(to) − u(from) a value component comes from. */
export type StateSide = 'to' | 'from';

/** What one value component of an outcome is. */
export type ValueLabel =
  /** A direct value per person-year: the user's label, or (when absent) the ledger it books to. */
  | { kind: 'direct'; label: string | null; ledger: string }
  /** A service, a benefit, or the refunded part of a benefit, in a support state. */
  | { kind: 'service' | 'benefit' | 'benefitRefund'; component: CatalogueText; state: CatalogueText; side: StateSide }
  /** A tax on a state's wage or taxable benefit. */
  | { kind: 'tax'; tax: CatalogueText; component: CatalogueText; state: CatalogueText; side: StateSide }
  /** The production value of a state's wage (welfare view): gross wage × the nettoafgiftsfaktor. */
  | { kind: 'production'; component: CatalogueText; state: CatalogueText; side: StateSide }
  /** A component moved by the public-finance setting (landsudligning, budgetgaranti) from the kommune to another ledger. */
  | { kind: 'moved'; rule: CatalogueText; of: ValueLabel };

export type LineLabel =
  /** A cost item; `realisedYear` when follow-up booked the difference to the forecast in that year. */
  | { kind: 'cost'; label: string; realisedYear?: number }
  /** The refunded part of a cost item: its own label if the file gives one. */
  | { kind: 'refund'; cost: string; label: string | null }
  | { kind: 'effect' | 'lockIn'; outcome: string; value: ValueLabel };

/** Participant (or scenario) months from `from` to `to`, both included. */
export interface MonthWindow {
  from: number;
  to: number;
}

/** One confidence grade's optimism correction of a line: gains × gain, costs × cost. */
export interface OptimismFactor {
  grade: number;
  gain: number;
  cost: number;
}

/** The wage (or benefit) a tax is levied on, before and after what is deducted first. */
export interface TaxBase {
  monthly: number;
  /** Rules levied first (AM-bidrag): rate × monthly is deducted. */
  deductFirst: { rate: number; tax: CatalogueText }[];
  /** The wage deduction: min(share × monthly, maxPerYear / 12). */
  wageDeduction: { share: number; maxPerYear: number } | null;
}

export type ValueFormula =
  | { kind: 'perPersonYear'; amount: number }
  /** ± monthly kr. per month in `state`; with a refusion rule, the payer's or the refunder's part by seniority. */
  | { kind: 'monthly'; sign: 1 | -1; monthly: number; state: string; refusion: { rule: string; part: 'payer' | 'refund' } | null }
  | { kind: 'tax'; sign: 1 | -1; rate: number; base: TaxBase }
  /** ± monthly wage × netTaxFactor (factor to market prices) in `state`. */
  | { kind: 'production'; sign: 1 | -1; monthly: number; netTaxFactor: number; state: string }
  /** ± share × the component's own formula (share 1 for the budgetgaranti). */
  | { kind: 'moved'; sign: 1 | -1; share: number; of: ValueFormula };

/**
 * How the welfare view re-valued a line: a public-spending line × netTaxFactor (market prices), the
 * tax distortion (distortionFactor − 1) × a line on a public ledger, booked to society, or a cost
 * marked as a transfer to a private party × 0 (it uses no resource; CostItem.welfare).
 */
export type WelfareScaling = { kind: 'market'; factor: number } | { kind: 'distortion'; factor: number } | { kind: 'transfer'; factor: 0 };

export type LineFormula = LineFormulaBody & { welfare?: WelfareScaling };

export type LineFormulaBody =
  /** −amount (basis), the payer's part × (1 − refundShare) or the refunder's × refundShare. */
  | { kind: 'cost'; part: 'payer' | 'refund'; amount: number; basis: CostBasis; refundShare: number; window: MonthWindow; optimism: OptimismFactor[] }
  /** Δ = treated − counterfactual over the window, times the value. */
  | { kind: 'effect'; treated: number; counterfactual: number; delta: number; window: MonthWindow; value: ValueFormula; optimism: OptimismFactor[] }
  /** The lock-in share (as written in the file) times the value. */
  | { kind: 'lockIn'; share: Amount; value: ValueFormula; optimism: OptimismFactor[] };
