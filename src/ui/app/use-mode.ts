/**
 * The page's mode: editing (editor beside the results), presentation (the wall) or the printable report.
 * One keypress opens presentation mode — P, R for the report — when focus is not in a field, so typing a
 * »p« in the editor never leaves it; Escape returns (the views listen for it themselves).
 */
import { useCallback, useEffect, useState } from 'react';

export type Mode = 'edit' | 'present' | 'report';

const KEYS: Record<string, Mode> = { p: 'present', r: 'report' };

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** `keysActive` false (the portfolio page is open): P and R do nothing, since they show the case. */
export function useMode(keysActive = true): [Mode, (mode: Mode) => void] {
  const [mode, setMode] = useState<Mode>('edit');
  useEffect(() => {
    if (mode !== 'edit' || !keysActive) return undefined;
    const onKey = (e: KeyboardEvent) => {
      const next = KEYS[e.key.toLowerCase()];
      if (!next || e.ctrlKey || e.metaKey || e.altKey || typingInto(e.target)) return;
      e.preventDefault();
      setMode(next);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [mode, keysActive]);
  return [mode, useCallback((m: Mode) => setMode(m), [])];
}
