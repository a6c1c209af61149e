/**
 * The shipped catalogues without their metadata (catalogue-values.ts): what the page's first load
 * carries, and what the engine computes with until the full files have arrived
 * (catalogue-metadata-loader.ts). At run time the files are stripped here; in the built app the
 * import below is served already stripped (vite.config.ts, catalogueValuesOnly), so the metadata is
 * not in the first load's JavaScript. Both strip with the same function, and stripping twice gives
 * the same values.
 */
import { SHIPPED_CATALOGUES, type ShippedCatalogue } from './shipped-catalogues';
import { catalogueValues } from './catalogue-values';

export const SHIPPED_CATALOGUE_VALUES: ShippedCatalogue[] = SHIPPED_CATALOGUES.map(({ file, json, parts }) => ({
  file,
  json: catalogueValues(json),
  ...(parts ? { parts: Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, catalogueValues(part)])) } : {}),
}));
