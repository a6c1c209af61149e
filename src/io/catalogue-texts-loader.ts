/**
 * The catalogue texts (src/io/catalogue-texts.ts: every label, note and description of the shipped
 * catalogues in Danish and English, about 19 KiB gzip) are not in the first load: they are fetched
 * once, on demand, by one dynamic import (docs/performance.md, "First load"). The page fetches them
 * right after the first paint, with the lazy parts; a view that shows them renders the catalogue's
 * own wording until they arrive and then again (src/ui/i18n/catalogue-names.ts), and copying a
 * template into a new case waits for them (src/state/edits/new-scenario.ts).
 *
 * Only this file imports catalogue-texts.ts dynamically; code in lazy chunks, the CLI and the
 * workbook export may import it directly.
 */
export type CatalogueTextsModule = typeof import('./catalogue-texts');

let loaded: CatalogueTextsModule | null = null;
let pending: Promise<CatalogueTextsModule> | null = null;
const listeners = new Set<() => void>();

/** Fetches the texts (once: every call after the first returns the same promise). */
export function loadCatalogueTexts(): Promise<CatalogueTextsModule> {
  pending ??= import('./catalogue-texts').then(
    (module) => {
      loaded = module;
      for (const listener of [...listeners]) listener();
      return module;
    },
    (error: unknown) => {
      pending = null; // a failed fetch (offline before the chunk was cached) may be tried again
      throw error;
    },
  );
  return pending;
}

/** The texts if they have arrived, else null (the view then shows the catalogue's own wording). */
export function catalogueTextsIfLoaded(): CatalogueTextsModule | null {
  return loaded;
}

/** The texts, which the caller has awaited (loadCatalogueTexts) before; a call before that is a defect. */
export function loadedCatalogueTexts(): CatalogueTextsModule {
  if (!loaded) throw new Error('the catalogue texts are not loaded yet: await loadCatalogueTexts() first');
  return loaded;
}

/** Calls `listener` once the texts have arrived; returns the unsubscribe (for useSyncExternalStore). */
export function subscribeCatalogueTexts(listener: () => void): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}
