/** Schema pieces shared by scenario and catalogue files. */
import { z } from './zod';

/** A number, or an expression over named parameters and catalogue constants. */
export const AmountSchema = z.union([z.number(), z.string()], {
  error: (issue) => `expected a number or an expression, got ${describeValue(issue.input)}`,
}).describe('A number, or a mathjs expression over the scenario\'s parameters and catalogue constants, e.g. "effekt_job * 0.9".');

export const IdSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, {
  error: (issue) => `expected an id of lower-case letters, digits, '_' or '-', got ${describeValue(issue.input)}`,
});

/** Names of parameters and constants: they are read in expressions, where '-' would mean minus. */
export const NameSchema = z.string().regex(/^[a-z_][a-z0-9_]*$/, {
  error: (issue) => `expected a name of lower-case letters, digits and '_' that does not start with a digit (it is used in expressions), got ${describeValue(issue.input)}`,
});

export const SourceSchema = z.strictObject({
  title: z.string(),
  publisher: z.string().optional(),
  year: z.number().int().optional(),
  locator: z.string().optional(),
  url: z.string().optional(),
});

export const DiscountBandSchema = z.strictObject({
  fromYear: z.number().int().min(1),
  rate: z.number().min(-0.5).max(1),
});

export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : typeof value;
}
