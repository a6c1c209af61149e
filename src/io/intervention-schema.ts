/** Interventions and parameters: used by scenario files and by the catalogues' intervention templates. */
import { z } from './zod';
import { AmountSchema, IdSchema } from './common-schema';

const BookingFields = { ledger: IdSchema, department: IdSchema.optional() };

/** A confidence grade 0–3 (the catalogue's confidenceGrades say what each means and corrects). */
export const ConfidenceSchema = z.number().int().min(0).max(3).describe('Confidence grade 0 (lowest) to 3 (highest); see the catalogue\'s confidenceGrades.');

const CostItemSchema = z.strictObject({
  id: z.string().optional(),
  label: z.string(),
  amount: AmountSchema,
  basis: z.enum(['perParticipantPerYear', 'perParticipantPerMonth', 'perParticipantOnce', 'fixedPerYear', 'fixedOnce']),
  payer: z.strictObject(BookingFields),
  category: IdSchema,
  startMonth: AmountSchema.optional(),
  durationMonths: AmountSchema.optional(),
  refund: z.strictObject({ ...BookingFields, share: AmountSchema, label: z.string().optional() }).optional(),
  confidence: ConfidenceSchema.optional(),
  serviceFrame: z.enum(['inside', 'outside']).optional()
    .describe("Budget view: whether the cost counts inside the kommune's serviceramme (default inside) or outside it."),
  welfare: z.enum(['resource', 'transfer']).optional()
    .describe('Welfare view only: transfer for a payment to a private party that buys no resource (an employer wage subsidy such as løntilskud): it counts 0 for society, leaving only the tax distortion (SFF − 1) of financing it. Default resource: resource use, × the nettoafgiftsfaktor.'),
  note: z.string().optional(),
  source: z.string().optional(),
});

const DecaySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({ type: z.literal('exponential'), ratePerYear: AmountSchema }),
  z.strictObject({ type: z.literal('linear'), monthsToZero: AmountSchema.optional() }),
]);

const BankableSchema = z.boolean()
  .describe('Budget view: whether a budget can actually be reduced by the gain (kan hjemtages); default: the category\'s cashable flag.');

const OutcomeValueSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('direct'),
    perPersonYear: z.array(z.strictObject({ ...BookingFields, category: IdSchema, amount: AmountSchema, label: z.string().optional(), confidence: ConfidenceSchema.optional(), bankable: BankableSchema.optional() })),
  }),
  z.strictObject({ type: z.literal('derived'), from: z.string(), to: z.string() }),
]);

const OutcomeSchema = z.strictObject({
  id: z.string().optional(),
  label: z.string(),
  state: z.string(),
  treated: AmountSchema,
  counterfactual: AmountSchema,
  startMonth: AmountSchema,
  rampMonths: AmountSchema.optional(),
  durationMonths: AmountSchema,
  decay: DecaySchema.optional(),
  lockIn: z.strictObject({ share: AmountSchema, startMonth: AmountSchema.optional(), durationMonths: AmountSchema }).optional(),
  value: OutcomeValueSchema,
  confidence: ConfidenceSchema.optional(),
  bankable: BankableSchema.optional(),
  evidenceFollowUpMonths: z.number().int().min(0).optional(),
  note: z.string().optional(),
  source: z.string().optional(),
});

export const InterventionSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  description: z.string().optional(),
  template: z.string().optional(),
  costs: z.array(CostItemSchema),
  outcomes: z.array(OutcomeSchema),
});

const Bounded = { min: z.number().optional(), max: z.number().optional() };
const UncertaintySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('uniform'), min: z.number(), max: z.number() }),
  z.strictObject({ type: z.literal('triangular'), min: z.number(), mode: z.number(), max: z.number() }),
  z.strictObject({ type: z.literal('pert'), min: z.number(), mode: z.number(), max: z.number() }),
  z.strictObject({ type: z.literal('normal'), mean: z.number(), sd: z.number().min(0), ...Bounded }),
  z.strictObject({ type: z.literal('lognormal'), mu: z.number(), sigma: z.number().min(0), ...Bounded }),
]);

export const ParameterSchema = z.strictObject({
  value: AmountSchema,
  label: z.string().optional(),
  unit: z.string().optional(),
  ...Bounded,
  priceYear: z.number().int().optional(),
  uncertainty: UncertaintySchema.optional(),
  source: z.string().optional(),
  note: z.string().optional(),
});

