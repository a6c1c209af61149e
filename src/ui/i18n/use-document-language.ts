/**
 * Keeps the page in step with the chosen language: <html lang> (screen readers pick their voice by
 * it), the document title, and the user's choice remembered in localStorage under LANGUAGE_KEY so
 * a reload opens in the same language. Danish unless the user has chosen English.
 */
import { useEffect, useRef } from 'react';
import { useAppStore, type Language } from '../../state';

export const LANGUAGE_KEY = 'afkast.language';

/** The language the user chose last time, if remembered (main.tsx fetches the English catalogue texts before the first render). */
export function readStored(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return value === 'da' || value === 'en' ? value : null;
  } catch {
    return null; // storage may be disabled (private mode, policies): the choice is then not remembered
  }
}

export function useDocumentLanguage(title: string): void {
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const restored = useRef(false);
  useEffect(() => {
    if (!restored.current) {
      restored.current = true;
      const stored = readStored();
      if (stored && stored !== language) {
        setLanguage(stored);
        return;
      }
    }
    document.documentElement.lang = language;
    try {
      globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
    } catch {
      // not remembered; the page still works
    }
  }, [language, setLanguage]);
  useEffect(() => { document.title = title; }, [title]);
}
