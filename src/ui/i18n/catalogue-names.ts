/**
 * The catalogue's texts in the user's language (src/io/catalogue-texts.ts): ledgers, departments,
 * categories, perspectives, discount presets, refusion rules, states and templates are named by key.
 *
 * The texts are not in the first load (src/io/catalogue-texts-loader.ts): they are fetched with the
 * lazy parts right after the first paint (preloadLazyParts), at once when the language is English,
 * and the lazy views that show template texts wait for them (withCatalogueTexts). Until they arrive
 * the hooks give the catalogue's own wording (which is what the first screen shows in Danish: the
 * Danish texts translate only template and target-group notes and constants' notes), and then the
 * components re-render.
 *
 * The full catalogues (their sources and notes, src/io/catalogue-metadata-loader.ts) are fetched at
 * the same time, and withCatalogueTexts waits for them too: the views that show template texts show
 * sources and notes as well.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  catalogueTextsIfLoaded, loadCatalogueTexts, subscribeCatalogueTexts, type CatalogueTextsModule,
} from '../../io/catalogue-texts-loader';
import { loadCatalogueMetadata } from '../../io/catalogue-metadata-loader';
import type { CatalogueNames } from '../../format/line-text';
import { useAppStore, type Language } from '../../state';
import { preloadAfterPaint } from '../components/lazy-part';

preloadAfterPaint(loadCatalogueTexts);
preloadAfterPaint(loadCatalogueMetadata);

/**
 * `load` together with the catalogue texts and the full catalogues: a lazy view that shows template
 * texts, sources or notes renders once, in the user's language, with every source.
 */
export function withCatalogueTexts<M>(load: () => Promise<M>): () => Promise<M> {
  return () => Promise.all([load(), loadCatalogueTexts(), loadCatalogueMetadata()]).then(([module]) => module);
}

const ownName: CatalogueNames = (_key, text) => text;
const ownNote = (_id: string, note: string) => note;
const ownText = (text: string) => text;

/** The texts module once it has arrived (re-rendering then), and the language; English asks for the texts at once. */
function useLoadedTexts(): [CatalogueTextsModule | null, Language] {
  const language = useAppStore((s) => s.language);
  const module = useSyncExternalStore(subscribeCatalogueTexts, catalogueTextsIfLoaded, catalogueTextsIfLoaded);
  useEffect(() => {
    // Danish waits for the idle preload (its first screen shows no translated text); English needs its labels now.
    if (!module && language === 'en') loadCatalogueTexts().catch(() => undefined);
  }, [module, language]);
  return [module, language];
}

export function useCatalogueNames(): CatalogueNames {
  const [module, language] = useLoadedTexts();
  return useMemo(() => (module ? module.catalogueNames(language) : ownName), [module, language]);
}

/** A catalogue constant's note in the user's language, while it is the catalogue's own text (catalogueNotes). */
export function useCatalogueNotes(): (id: string, note: string) => string {
  const [module, language] = useLoadedTexts();
  return useMemo(() => (module ? module.catalogueNotes(language) : ownNote), [module, language]);
}

/**
 * A note or description a scenario copied from a template or target group, in the user's language,
 * while it is the catalogue's own text (catalogueOwnText); anything the user typed is shown as typed.
 */
export function useCatalogueOwnText(): (text: string) => string {
  const [module, language] = useLoadedTexts();
  return useMemo(() => (module ? module.catalogueOwnText(language) : ownText), [module, language]);
}
