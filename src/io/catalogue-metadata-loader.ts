/**
 * The full shipped catalogues (src/io/shipped-catalogues.ts: values with their sources, notes,
 * descriptions, titles and changelogs) are not in the first load: the page starts with their values
 * (shipped-catalogue-values.ts), which is all the engine reads, and fetches the full files once, on
 * demand, by one dynamic import (docs/performance.md, "First load"), with the lazy parts after the
 * first paint. The lazy views that show sources or notes (editor, explanation, report, presentation,
 * guided start) and the exports wait for them; a new case from a template awaits them before it
 * copies the template (src/state/edits/new-scenario.ts). src/io/catalogues.ts gives the full
 * catalogue once they have arrived.
 *
 * Only this file imports shipped-catalogues.ts dynamically; shipped-catalogue-values.ts imports it
 * statically, which the build serves without the metadata.
 */
export type ShippedCataloguesModule = typeof import('./shipped-catalogues');

let loaded: ShippedCataloguesModule | null = null;
let pending: Promise<ShippedCataloguesModule> | null = null;

/** Fetches the full catalogues (once: every call after the first returns the same promise). */
export function loadCatalogueMetadata(): Promise<ShippedCataloguesModule> {
  pending ??= import('./shipped-catalogues').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      pending = null; // a failed fetch (offline before the chunk was cached) may be tried again
      throw error;
    },
  );
  return pending;
}

/** The full catalogues if they have arrived, else null. */
export function catalogueMetadataIfLoaded(): ShippedCataloguesModule | null {
  return loaded;
}
