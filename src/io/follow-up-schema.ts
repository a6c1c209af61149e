/**
 * The optional follow-up fields of a scenario file (docs/follow-up-and-guardrails.md): realised
 * figures after the decision, and the decision basis frozen with its date and SHA-256 hash.
 */
import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DateSchema = z.string().regex(ISO_DATE, { error: (i) => `expected a date as YYYY-MM-DD, got '${String(i.input)}'` });

const Realised = { date: DateSchema.optional(), source: z.string().optional(), note: z.string().optional() };

const CohortPath = z.string().regex(/^targetGroups\[\d+\]\.cohorts\[\d+\]$/, {
  error: (i) => `expected a cohort path like targetGroups[0].cohorts[1], got '${String(i.input)}'`,
});
const CostPath = z.string().regex(/^targetGroups\[\d+\]\.interventions\[\d+\]\.costs\[\d+\]$/, {
  error: (i) => `expected a cost item path like targetGroups[0].interventions[0].costs[0], got '${String(i.input)}'`,
});
const OutcomePath = z.string().regex(/^targetGroups\[\d+\]\.interventions\[\d+\]\.outcomes\[\d+\]$/, {
  error: (i) => `expected an outcome path like targetGroups[0].interventions[0].outcomes[0], got '${String(i.input)}'`,
});

export const FollowUpSchema = z.strictObject({
  participants: z.array(z.strictObject({ path: CohortPath, count: z.number().min(0), ...Realised })).optional(),
  costs: z.array(z.strictObject({ path: CostPath, year: z.number().int().min(1), amount: z.number().min(0), ...Realised })).optional(),
  outcomes: z.array(z.strictObject({
    path: OutcomePath, monthsAfterStart: z.number().int().min(0), share: z.number().min(0).max(1), ...Realised,
  })).optional(),
}).describe('Realised figures after the decision: participants per cohort, costs paid per cost item and year, observed outcome shares.');

export const DecisionBasisSchema = z.strictObject({
  date: DateSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: () => 'expected a SHA-256 hash as 64 lower-case hex digits' }),
  scenario: z.record(z.string(), z.unknown()),
  note: z.string().optional(),
}).describe('The forecast as decided: the scenario frozen on its date, with the SHA-256 hash of its canonical JSON.');
