/**
 * The scenario file, format v1 (README, "Scenario files"). Validated with zod; the JSON Schema
 * in public/schema/ is generated from this (npm run schema) for editors.
 */
import { z } from './zod';
import { AmountSchema, DiscountBandSchema, IdSchema, NameSchema } from './common-schema';
import { InterventionSchema, ParameterSchema } from './intervention-schema';
import { ModelOverridesSchema } from './catalogue-schema';
import { DecisionBasisSchema, FollowUpSchema } from './follow-up-schema';
import type { Scenario } from '../engine';

export const SCENARIO_KIND = 'afkast.scenario';
export const SCENARIO_SCHEMA_VERSION = 1;

const TargetGroupSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  description: z.string().optional(),
  startingSeniorityWeeks: AmountSchema.optional(),
  cohorts: z.array(z.strictObject({ label: z.string().optional(), count: AmountSchema, startMonth: AmountSchema })),
  interventions: z.array(InterventionSchema),
});

const SettingsSchema = z.strictObject({
  horizonYears: z.number().int().min(1).max(200),
  firstYear: z.number().int().optional(),
  rulesYear: z.number().int().min(1900).max(2200).optional()
    .describe('The year whose rules and rates the case uses (dated catalogue figures, the landsudligning rate); default firstYear.'),
  priceYear: z.number().int().optional(),
  priceIndex: z.string().optional(),
  perspective: z.string().default('budget'),
  discount: z.union([z.strictObject({ preset: z.string() }), z.strictObject({ bands: z.array(DiscountBandSchema).min(1) })], {
    error: () => 'expected { "preset": "<id>" } or { "bands": [{ "fromYear": 1, "rate": 0.035 }, …] }',
  }).default({ preset: 'none' }),
  discountTiming: z.enum(['start', 'mid', 'end']).default('start'),
  refusionRule: z.string().optional(),
  optimismCorrection: z.boolean().optional(),
  publicFinance: z.enum(['public-sector', 'single-kommune', 'all-kommuner'], {
    error: () => 'expected "public-sector" (the public sector as a whole), "single-kommune" (én kommune, after the landsudligning) or "all-kommuner" (kommunerne samlet, under the budgetgaranti)',
  }).optional().describe('Whose gain derived values show (docs/hvem-faar-gevinsten.md); default public-sector.'),
});

/** A variant of the scenario: the baseline with these field changes (src/io/variants.ts says how they apply). */
const VariantSchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  note: z.string().optional(),
  changes: z.array(z.strictObject({
    path: z.string().min(1).describe('A field of the scenario, e.g. "parameters.andel_job_med_ips.value" or "targetGroups[0].cohorts[0].count".'),
    value: z.unknown().optional().describe('The variant\'s value of the field (any JSON); left out, the field is removed.'),
  })),
});

/** A lever of presentation mode: a parameter of the scenario and the range its slider spans. */
const LeverSchema = z.strictObject({
  parameter: NameSchema.describe('The name of a parameter in "parameters" whose value is a number.'),
  min: z.number(),
  max: z.number(),
  step: z.number().positive(),
}).refine((lever) => lever.min < lever.max, { message: 'min must be less than max', path: ['max'] });

/** At most four levers: more do not fit on the wall at 1280×720. */
export const MAX_LEVERS = 4;

const PresentationSchema = z.strictObject({
  levers: z.array(LeverSchema).max(MAX_LEVERS),
});

/** At most three variants beside the baseline: the comparison shows four columns. */
export const MAX_VARIANTS = 3;

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
  variants: z.array(VariantSchema).max(MAX_VARIANTS).optional(),
  followUp: FollowUpSchema.optional(),
  decisionBasis: DecisionBasisSchema.optional(),
  presentation: PresentationSchema.optional(),
});

export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;

// The file's content is the engine's Scenario plus the envelope: keep the two in step.
const _fitsEngine: (file: ScenarioFile) => Scenario = (file) => file;
void _fitsEngine;
