/**
 * The portfolio file, format v1 (docs/portfolio.md): a pool (investeringspulje) and the cases that
 * may draw on it, each an embedded scenario file (validated as one) with the options the choice may
 * take: its baseline and any of its variants.
 */
import { z } from './zod';
import { IdSchema } from './common-schema';

export const PORTFOLIO_KIND = 'afkast.portfolio';
export const PORTFOLIO_SCHEMA_VERSION = 1;

const Money = z.number().min(0).max(1e12);
const Year = z.number().int().min(1900).max(2300);

export const PoolSchema = z.strictObject({
  amount: Money.describe('The sum set aside for the budget period (kr.).'),
  ledger: IdSchema.default('kommune').describe('The ledger that pays from the pool and is repaid into it.'),
  firstYear: Year.describe('Budget year the pool opens.'),
  periodYears: z.number().int().min(1).max(20).default(4).describe('Years of the budget period: the budget year and the overslagsår.'),
  yearlyDrawLimits: z.array(z.strictObject({ year: Year, amount: Money })).optional()
    .describe('The most the cases may draw in a calendar year; years not listed are unlimited.'),
  repaymentShare: z.union([
    z.number().min(0).max(1),
    z.array(z.strictObject({ year: Year, share: z.number().min(0).max(1) })).min(1),
  ]).default(1).describe('Share of the bankable gains (kan hjemtages) paid back into the pool: one share, or from a calendar year on.'),
});

export const PortfolioCaseSchema = z.strictObject({
  id: IdSchema,
  label: z.string().optional(),
  /** The scenario file itself; validated by the scenario format (src/io/load-scenario.ts). */
  scenario: z.record(z.string(), z.unknown()),
  /** The options the choice may take: 'baseline' and variant ids of the scenario (default: all). */
  options: z.array(IdSchema).min(1).optional(),
  /** The option in the current set, or null when the case is left out. */
  selected: IdSchema.nullable().default('baseline'),
});

export const PortfolioFileSchema = z.strictObject({
  kind: z.literal(PORTFOLIO_KIND),
  schemaVersion: z.literal(PORTFOLIO_SCHEMA_VERSION),
  app: z.string().optional(),
  title: z.string(),
  description: z.string().optional(),
  pool: PoolSchema,
  goal: z.enum(['ledger-npv', 'public-npv', 'fastest-whole']).default('ledger-npv'),
  sharedParameters: z.array(z.string()).optional()
    .describe('Parameter names that are the same quantity in every case that has them: Monte Carlo draws each once for all cases.'),
  cases: z.array(PortfolioCaseSchema).max(200),
});

export type PortfolioFile = z.infer<typeof PortfolioFileSchema>;
