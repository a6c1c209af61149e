/**
 * Danish first, English second. Each feature keeps its words in its own `texts.ts` as
 * `{ da: {...}, en: {...} }` (the English object must have the same keys: `Texts<typeof da>`),
 * and components read the current language's words with `useTexts(texts)`.
 */
import { useAppStore, type Language } from '../../state';
import type { Locale } from '../../format/numbers';

export type Texts<T> = Record<Language, T>;

export function useTexts<T>(texts: Texts<T>): T {
  return texts[useAppStore((s) => s.language)];
}

/** The number-format locale for the current language (da-DK or en-GB). */
export function useLocale(): Locale {
  return useAppStore((s) => s.language);
}
