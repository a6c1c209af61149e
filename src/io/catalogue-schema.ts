/** Model catalogue files in models/ (README, "Model catalogues"). */
import { z } from './zod';
import { AmountSchema, DiscountBandSchema, IdSchema, NameSchema, SourceSchema } from './common-schema';
import { InterventionSchema, ParameterSchema } from './intervention-schema';
import type { Model } from '../engine';

export const CATALOGUE_KIND = 'afkast.catalogue';

/** Units a catalogue number may carry. */
export const UNITS = ['DKK', 'DKK/month', 'DKK/year', 'DKK/person/year', 'DKK/hour', 'share', 'persons', 'years', 'months', 'weeks', 'factor'] as const;

const LedgerSchema = z.strictObject({
  id: IdSchema,
  label: z.string(),
  departments: z.array(z.strictObject({ id: IdSchema, label: z.string() })).optional(),
});

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' });

/** The period a figure or rule is in force (docs/architecture.md, "Catalogue metadata"). */
const Validity = {
  validFrom: IsoDateSchema.optional().describe('First day the figure is in force (YYYY-MM-DD), e.g. the first day of its tax year.'),
  validTo: IsoDateSchema.optional().describe('Last day the figure is in force (YYYY-MM-DD); left out, it is open-ended.'),
};

/** One dated figure of a constant (docs/semantics.md, "Dated rules"): its value, source and note in one period. */
const ConstantPeriodSchema = z.strictObject({
  validFrom: IsoDateSchema.describe('First day the figure is in force (YYYY-MM-DD).'),
  validTo: IsoDateSchema.optional().describe('Last day the figure is in force (YYYY-MM-DD); left out, it is open-ended.'),
  value: z.number(),
  priceYear: z.number().int().optional().describe('The price year of a money figure in this period (each period states its own).'),
  source: SourceSchema,
  note: z.string().min(1),
  example: z.boolean().optional(),
});

type Dated = { validFrom?: string | undefined; validTo?: string | undefined };
const overlap = (a: Dated, b: Dated): boolean =>
  (a.validFrom ?? '0000-01-01') <= (b.validTo ?? '9999-12-31') && (b.validFrom ?? '0000-01-01') <= (a.validTo ?? '9999-12-31');

const ConstantSchema = z.strictObject({
  label: z.string(),
  value: z.number(),
  unit: z.enum(UNITS),
  priceYear: z.number().int().optional(),
  source: SourceSchema,
  note: z.string().min(1),
  example: z.boolean().optional(),
  costBasis: z.enum(['average', 'marginal']).optional(),
  ...Validity,
  range: z.strictObject({ min: z.number().optional(), max: z.number().optional() }).optional()
    .describe('The values the figure may take when narrower than, or other than, what its unit implies (a share 0..1, money and counts ≥ 0).'),
  periods: z.array(ConstantPeriodSchema).min(1).optional()
    .describe('The figure in other periods (dated rules): the constant\'s own value is the figure of its own period (validFrom–validTo); each entry is the figure in force in another. The engine uses the one in force in the rules year (settings.rulesYear, else settings.firstYear), the nearest when none is, the constant\'s own without a rules year.'),
}).superRefine((c, issue) => {
  const periods = c.periods;
  if (!periods) return;
  if (c.validFrom === undefined) {
    issue.addIssue({ code: 'custom', path: ['validFrom'], message: 'a constant with periods needs its own validFrom (the first day its own figure is in force)' });
  }
  periods.forEach((p, i) => {
    if (p.validTo !== undefined && p.validTo < p.validFrom) {
      issue.addIssue({ code: 'custom', path: ['periods', i, 'validTo'], message: `validTo ${p.validTo} is before validFrom ${p.validFrom}` });
    }
    // Each period against the constant's own and the earlier entries: on any day one figure is in force.
    const before: { what: string; period: Dated }[] = [{ what: 'the constant\'s own period', period: c }, ...periods.slice(0, i).map((q, k) => ({ what: `periods[${k}]`, period: q }))];
    for (const { what, period } of before) {
      if (overlap(p, period)) issue.addIssue({ code: 'custom', path: ['periods', i], message: `the period from ${p.validFrom} overlaps ${what}: one figure is in force on a day` });
    }
    if (c.priceYear !== undefined && p.priceYear === undefined && c.unit.startsWith('DKK')) {
      issue.addIssue({ code: 'custom', path: ['periods', i, 'priceYear'], message: 'a money figure in a period states its own price year' });
    }
  });
});

const ConfidenceGradeSchema = z.strictObject({
  grade: z.number().int().min(0).max(3),
  label: z.string(),
  gainReduction: z.number().min(0).max(1),
  costUplift: z.number().min(0),
  source: SourceSchema,
  note: z.string().min(1),
  example: z.boolean().optional(),
  ...Validity,
});

const StateComponentSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('benefit'), label: z.string(), monthly: AmountSchema, payer: IdSchema, department: IdSchema.optional(),
    category: IdSchema, refusion: z.string().optional(), refundLedger: IdSchema.optional(), refundDepartment: IdSchema.optional(),
    taxable: z.boolean(),
    budgetGuarantee: z.boolean().optional()
      .describe('Covered by the budgetgaranti: under settings.publicFinance "all-kommuner" its net change for the kommune is offset by the block grant.'),
  }),
  z.strictObject({ type: z.literal('wage'), label: z.string(), monthly: AmountSchema }),
  z.strictObject({ type: z.literal('service'), label: z.string(), monthly: AmountSchema, ledger: IdSchema, department: IdSchema.optional(), category: IdSchema }),
]);

const RefusionRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('flat'), label: z.string(), regime: z.string().optional(), share: z.number().min(0).max(1), source: SourceSchema.optional(), note: z.string().optional(), ...Validity }),
  z.strictObject({
    type: z.literal('staircase'), label: z.string(), regime: z.string().optional(),
    steps: z.array(z.strictObject({ fromWeek: z.number().int().min(1), share: z.number().min(0).max(1) })).min(1),
    source: SourceSchema.optional(), note: z.string().optional(), ...Validity,
  }),
]);

const ModelFields = {
  ledgers: z.array(LedgerSchema),
  categories: z.array(z.strictObject({ id: IdSchema, label: z.string(), cashable: z.boolean().optional() })),
  perspectives: z.array(z.strictObject({ id: IdSchema, label: z.string(), categories: z.array(IdSchema), note: z.string().optional() })),
  discountPresets: z.array(z.strictObject({
    id: IdSchema, label: z.string(), bands: z.array(DiscountBandSchema).min(1), source: SourceSchema.optional(), note: z.string().optional(), ...Validity,
  })),
  constants: z.record(NameSchema, ConstantSchema),
  states: z.record(IdSchema, z.strictObject({ label: z.string(), components: z.array(StateComponentSchema), note: z.string().optional() })),
  refusionRules: z.record(IdSchema, RefusionRuleSchema),
  taxRules: z.record(IdSchema, z.strictObject({
    label: z.string(), ledger: IdSchema, department: IdSchema.optional(), category: IdSchema, rate: AmountSchema,
    base: z.enum(['wage', 'benefit', 'both']).optional()
      .describe('Which income the rule taxes: wages, taxable benefits or both (default both).'),
    deductFirst: z.array(IdSchema).optional()
      .describe('Tax rules levied on wages before this one (AM-bidrag): wages are taxed net of them.'),
    wageDeduction: z.strictObject({ share: AmountSchema, maxPerYear: AmountSchema }).optional()
      .describe('A deduction from wage income only (beskæftigelsesfradrag): share of the gross wage, capped per year.'),
    equalised: z.boolean().optional()
      .describe('The kommune\'s own tax, equalised by the landsudligning: under settings.publicFinance "single-kommune" the kommune keeps (1 − rate) of it.'),
  })),
  publicFinance: z.strictObject({
    kommuneLedger: IdSchema,
    equalisation: z.strictObject({
      rate: AmountSchema, ledger: IdSchema, department: IdSchema.optional(), label: z.string(), source: SourceSchema, note: z.string().min(1), ...Validity,
      periods: z.array(z.strictObject({
        validFrom: IsoDateSchema, validTo: IsoDateSchema.optional(), rate: AmountSchema,
      })).optional().describe('The rate as dated rules: the entry in force in settings.firstYear is used; `rate` otherwise.'),
    }),
    budgetGuarantee: z.strictObject({
      ledger: IdSchema, department: IdSchema.optional(), label: z.string(), source: SourceSchema, note: z.string().min(1), ...Validity,
    }),
  }).describe('Where one kommune\'s changed taxes and transfers end up under settings.publicFinance (docs/hvem-faar-gevinsten.md).'),
  socioeconomic: z.strictObject({
    perspective: IdSchema, ledger: IdSchema, productionCategory: IdSchema, distortionCategory: IdSchema,
    publicLedgers: z.array(IdSchema), netTaxFactor: AmountSchema, distortionFactor: AmountSchema,
    source: SourceSchema, note: z.string().min(1),
  }).describe('Finansministeriet\'s factors for the welfare view: NAF on wages and public spending, SFF on the net budget effect (docs/semantics.md).'),
  priceIndices: z.record(IdSchema, z.strictObject({
    label: z.string(),
    values: z.array(z.strictObject({ year: z.number().int(), value: z.number().positive() })).min(1),
    source: SourceSchema,
    note: z.string().min(1),
    example: z.boolean().optional(),
  })),
  confidenceGrades: z.array(ConfidenceGradeSchema),
};

export const ModelOverridesSchema = z.strictObject(ModelFields).partial();

/** The Ministry of Employment's evidence grades (EG 2015, Bilag 4.2, Boks 1); 'not-graded' otherwise. */
export const EVIDENCE_GRADES = ['strong', 'moderate', 'indication', 'contradictory', 'uncertain', 'not-graded'] as const;
export type EvidenceGrade = typeof EVIDENCE_GRADES[number];

/**
 * The relative half-width of the triangular uncertainty a template's parameters carry, by the
 * template's evidence grade: a stated convention (docs/template-uncertainty.md), not a finding. The
 * weaker the evidence, the wider the range; 'not-graded' is treated as the weakest.
 */
export const EVIDENCE_SPREAD: Record<EvidenceGrade, number> = {
  strong: 0.1, moderate: 0.2, indication: 0.3, uncertain: 0.4, contradictory: 0.5, 'not-graded': 0.5,
};

/** Catalogue content the engine does not compute with: target groups and intervention templates. */
const LibraryFields = {
  targetGroups: z.record(IdSchema, z.strictObject({
    label: z.string(),
    description: z.string().optional(),
    count: z.number().min(0).optional(),
    countUnit: z.enum(['persons', 'full-time persons']).optional(),
    countDate: z.string().optional(),
    /** The support state the group is in without an intervention (an id in states). */
    baselineState: z.string().optional(),
    startingSeniorityWeeks: z.number().min(0).optional(),
    source: SourceSchema,
    note: z.string().min(1),
  })),
  interventionTemplates: z.record(IdSchema, z.strictObject({
    label: z.string(),
    description: z.string(),
    /** Target groups (ids) the evidence is about. */
    targetGroups: z.array(IdSchema).optional(),
    evidence: z.enum(EVIDENCE_GRADES),
    evidenceNote: z.string().optional(),
    /** Parameters the intervention's amounts refer to, copied into a scenario made from the template. */
    parameters: z.record(NameSchema, ParameterSchema).optional(),
    intervention: InterventionSchema,
    source: SourceSchema,
    note: z.string().min(1),
    ...Validity,
  })),
};

export const CATALOGUE_PART_KIND = 'afkast.catalogue-part';

/** One file of a catalogue split into files: part of the model, for the catalogue named. */
export const CataloguePartSchema = z.strictObject({
  kind: z.literal(CATALOGUE_PART_KIND),
  catalogue: IdSchema,
  title: z.string(),
  description: z.string().optional(),
  ...ModelFields,
  ...LibraryFields,
}).partial({
  ledgers: true, categories: true, perspectives: true, discountPresets: true, constants: true, states: true,
  refusionRules: true, taxRules: true, priceIndices: true, confidenceGrades: true, publicFinance: true, socioeconomic: true, targetGroups: true, interventionTemplates: true,
});

export const CatalogueFileSchema = z.strictObject({
  kind: z.literal(CATALOGUE_KIND),
  schemaVersion: z.literal(1),
  id: IdSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  title: z.string(),
  description: z.string().optional(),
  priceYear: z.number().int().optional(),
  /**
   * The rules year a new case from this catalogue's templates gets (settings.rulesYear): the latest
   * year whose tax and benefit figures the catalogue carries, so a new case uses current rules while
   * a file without a rules year keeps each figure's own (2015) value.
   */
  newCaseRulesYear: z.number().int().min(1900).max(2200).optional(),
  changelog: z.array(z.strictObject({ version: z.string(), date: z.string(), note: z.string() })),
  removed: z.record(z.string(), z.string()).optional(),
  /** For a catalogue split into files: the part files beside this one, merged in this order. */
  parts: z.array(z.string()).optional(),
  ...ModelFields,
  ...LibraryFields,
}).partial({
  ledgers: true, categories: true, perspectives: true, discountPresets: true, constants: true, states: true,
  refusionRules: true, taxRules: true, priceIndices: true, confidenceGrades: true, publicFinance: true, socioeconomic: true, targetGroups: true, interventionTemplates: true,
});

export type CatalogueFile = z.infer<typeof CatalogueFileSchema>;
export type CataloguePart = z.infer<typeof CataloguePartSchema>;

const _fitsEngine: (m: z.infer<typeof ModelOverridesSchema>) => Partial<Model> = (m) => m;
void _fitsEngine;
