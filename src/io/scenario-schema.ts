/**
 * The scenario file, format v1 (README, "Scenario files"). Validated with zod; the JSON Schema
 * in public/schema/ is generated from this (npm run schema) for editors.
 */
import { z } from 'zod';
import { AmountSchema, DiscountBandSchema, IdSchema, NameSchema } from './common-schema';
import { ModelOverridesSchema } from './catalogue-schema';
import type { Scenario } from '../engine';

export const SCENARIO_KIND = 'afkast.scenario';
export const SCENARIO_SCHEMA_VERSION = 1;

const BookingFields = { ledger: IdSchema, department: IdSchema.optional() };

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
  note: z.string().optional(),
  source: z.string().optional(),
});

const DecaySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({ type: z.literal('exponential'), ratePerYear: AmountSchema }),
  z.strictObject({ type: z.literal('linear'), monthsToZero: AmountSchema.optional() }),
]);

const OutcomeValueSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('direct'),
    perPersonYear: z.array(z.strictObject({ ...BookingFields, category: IdSchema, amount: AmountSchema, label: z.string().optional() })),
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
  note: z.string().optional(),
  source: z.string().optional(),
});

const InterventionSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  description: z.string().optional(),
  costs: z.array(CostItemSchema),
  outcomes: z.array(OutcomeSchema),
});

const TargetGroupSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  description: z.string().optional(),
  startingSeniorityWeeks: AmountSchema.optional(),
  cohorts: z.array(z.strictObject({ label: z.string().optional(), count: AmountSchema, startMonth: AmountSchema })),
  interventions: z.array(InterventionSchema),
});

const Bounded = { min: z.number().optional(), max: z.number().optional() };
const UncertaintySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('uniform'), min: z.number(), max: z.number() }),
  z.strictObject({ type: z.literal('triangular'), min: z.number(), mode: z.number(), max: z.number() }),
  z.strictObject({ type: z.literal('pert'), min: z.number(), mode: z.number(), max: z.number() }),
  z.strictObject({ type: z.literal('normal'), mean: z.number(), sd: z.number().min(0), ...Bounded }),
  z.strictObject({ type: z.literal('lognormal'), mu: z.number(), sigma: z.number().min(0), ...Bounded }),
]);

const ParameterSchema = z.strictObject({
  value: AmountSchema,
  label: z.string().optional(),
  unit: z.string().optional(),
  ...Bounded,
  priceYear: z.number().int().optional(),
  uncertainty: UncertaintySchema.optional(),
  source: z.string().optional(),
  note: z.string().optional(),
});

const SettingsSchema = z.strictObject({
  horizonYears: z.number().int().min(1).max(200),
  firstYear: z.number().int().optional(),
  priceYear: z.number().int().optional(),
  priceIndex: z.string().optional(),
  perspective: z.string().default('budget'),
  discount: z.union([z.strictObject({ preset: z.string() }), z.strictObject({ bands: z.array(DiscountBandSchema).min(1) })], {
    error: () => 'expected { "preset": "<id>" } or { "bands": [{ "fromYear": 1, "rate": 0.035 }, …] }',
  }).default({ preset: 'none' }),
  discountTiming: z.enum(['start', 'mid', 'end']).default('start'),
  refusionRule: z.string().optional(),
});

export const ScenarioFileSchema = z.strictObject({
  kind: z.literal(SCENARIO_KIND),
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  app: z.string().optional(),
  title: z.string(),
  description: z.string().optional(),
  caveats: z.array(z.string()).optional(),
  catalogue: z.strictObject({ id: z.string(), version: z.string() }).optional(),
  settings: SettingsSchema,
  parameters: z.record(NameSchema, ParameterSchema).default({}),
  targetGroups: z.array(TargetGroupSchema),
  model: ModelOverridesSchema.optional(),
});

export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;

// The file's content is the engine's Scenario plus the envelope: keep the two in step.
const _fitsEngine: (file: ScenarioFile) => Scenario = (file) => file;
void _fitsEngine;
