/** What a guardrail reports: a kind, the field it concerns and the numbers behind it; the UI says it in words. */
export type GuardrailKind =
  | 'noDeadweight'
  | 'beyondEvidence'
  | 'effectBeyondFollowUp'
  | 'noDecayLongEffect'
  | 'horizonBeyondData'
  | 'doubleCounting'
  | 'nonCashableSaving'
  | 'averageUnitCost'
  | 'priceYearMixed'
  | 'discountingOff'
  /** A catalogue figure used by the case whose validFrom/validTo does not cover the projection's calendar years. */
  | 'figureOutOfValidity';

export interface GuardrailFinding {
  kind: GuardrailKind;
  /** The scenario field it concerns, as errors name fields. */
  path: string;
  numbers: Record<string, number>;
  /** Ids it refers to (a template, another outcome's path, a category). */
  refs?: Record<string, string>;
}

/** A template as the evidence check reads it (the catalogue's interventionTemplates). */
export interface EvidenceTemplate {
  evidence: string;
  parameters?: Record<string, import('../model/scenario').Parameter>;
  intervention: import('../model/scenario').Intervention;
}

/** Thresholds, each with the reason it has (docs/follow-up-and-guardrails.md). */
export const GUARDRAIL_LIMITS = {
  /** An effect without decay for more than this many years is flagged: the published IPS case counts 5 years of effect. */
  noDecayYears: 5,
  /** A municipal budget period: the budget year and three overslagsår. */
  budgetPeriodYears: 4,
} as const;
