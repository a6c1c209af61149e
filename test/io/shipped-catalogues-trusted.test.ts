/**
 * The shipped catalogues are merged without the catalogue schema (src/io/catalogues.ts), so zod and
 * the schemas stay out of the first load. That is only sound if the schema would give back exactly
 * what it is given: no default filled in, no field dropped or transformed. This proves it, file by
 * file and for the merged catalogues the app computes with.
 */
import { describe, expect, it } from 'vitest';
import { CatalogueFileSchema, CataloguePartSchema } from '../../src/io/catalogue-schema';
import { parseCatalogue } from '../../src/io/catalogue-check';
import { mergeCatalogue, shippedCatalogue, shippedCatalogueIds } from '../../src/io/catalogues';
import { SHIPPED_CATALOGUES } from '../../src/io/shipped-catalogues';

describe('shipped catalogues merged without the schema', () => {
  for (const shipped of SHIPPED_CATALOGUES) {
    describe(shipped.file, () => {
      it('the schema accepts the catalogue file and returns it unchanged', () => {
        const parsed = CatalogueFileSchema.safeParse(shipped.json);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toStrictEqual(shipped.json);
      });

      for (const [name, part] of Object.entries(shipped.parts ?? {})) {
        it(`the schema accepts part ${name} and returns it unchanged`, () => {
          const parsed = CataloguePartSchema.safeParse(part);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toStrictEqual(part);
        });
      }

      it('merged as built, it is the catalogue the schema gives', () => {
        expect(mergeCatalogue(shipped)).toStrictEqual(parseCatalogue(shipped));
      });
    });
  }

  it('the app computes with the merged catalogues (shippedCatalogue)', () => {
    for (const id of shippedCatalogueIds()) {
      expect(shippedCatalogue(id)).toStrictEqual(parseCatalogue(SHIPPED_CATALOGUES.find((c) => (c.json as { id: string }).id === id)!));
    }
  });

  it('a file the schema would change is caught: a default or a dropped field makes the comparison fail', () => {
    // The comparison is strict enough to notice: a catalogue with a field the schema does not know is refused.
    const core = SHIPPED_CATALOGUES[0]!;
    expect(() => parseCatalogue({ ...core, json: { ...(core.json as object), extra: 1 } })).toThrow(/unknown field 'extra'/);
  });
});
