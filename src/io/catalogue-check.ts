/**
 * A shipped catalogue read through the catalogue schema, file by file, its parts merged as
 * catalogues.ts merges them. The app merges the shipped files without the schema (they are build
 * data); this is what proves that doing so changes nothing (test/io/shipped-catalogues-trusted.test.ts),
 * and what the catalogue tests check the files with.
 */
import { CatalogueFileSchema, CataloguePartSchema, type CatalogueFile } from './catalogue-schema';
import { mergeCatalogue, type CatalogueFileCheck } from './catalogues';
import type { ShippedCatalogue } from './shipped-catalogues';
import { issuesToErrors } from './validation-errors';
import type { z } from 'zod';

function check<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new Error(`models/${where}: ${issuesToErrors(parsed.error.issues).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
}

export const SCHEMA_CHECK: CatalogueFileCheck = {
  file: (value, where) => check(CatalogueFileSchema, value, where),
  part: (value, where) => check(CataloguePartSchema, value, where),
};

/** Parses a shipped catalogue with the schema and merges its parts; a broken one is a build defect, so this throws. */
export function parseCatalogue(shipped: ShippedCatalogue): CatalogueFile {
  return mergeCatalogue(shipped, SCHEMA_CHECK);
}
