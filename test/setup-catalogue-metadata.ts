/**
 * The page fetches the full catalogues (sources, notes) after its first paint
 * (src/io/catalogue-metadata-loader.ts); tests get them up front, as the page has them once idle.
 * test/io/catalogue-values.test.ts covers the time before they arrive.
 */
import { loadCatalogueMetadata } from '../src/io/catalogue-metadata-loader';

await loadCatalogueMetadata();
