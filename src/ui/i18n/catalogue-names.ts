/**
 * The catalogue's texts in the user's language (src/io/catalogue-texts.ts): ledgers, departments,
 * categories, perspectives, discount presets, refusion rules, states and templates are named by key.
 */
import { useMemo } from 'react';
import { catalogueNames, catalogueNotes, catalogueOwnText } from '../../io/catalogue-texts';
import type { CatalogueNames } from '../../format/line-text';
import { useAppStore } from '../../state';

export function useCatalogueNames(): CatalogueNames {
  const language = useAppStore((s) => s.language);
  return useMemo(() => catalogueNames(language), [language]);
}

/** A catalogue constant's note in the user's language, while it is the catalogue's own text (catalogueNotes). */
export function useCatalogueNotes(): (id: string, note: string) => string {
  const language = useAppStore((s) => s.language);
  return useMemo(() => catalogueNotes(language), [language]);
}

/**
 * A note or description a scenario copied from a template or target group, in the user's language,
 * while it is the catalogue's own text (catalogueOwnText); anything the user typed is shown as typed.
 */
export function useCatalogueOwnText(): (text: string) => string {
  const language = useAppStore((s) => s.language);
  return useMemo(() => catalogueOwnText(language), [language]);
}
