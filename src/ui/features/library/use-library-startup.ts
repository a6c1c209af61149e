/**
 * Wires the library to the page once: start-up (recover the last document or open a share link),
 * a last save when the page is hidden or closed, and the undo/redo keys outside text fields.
 */
import { useEffect } from 'react';
import type { AppStore } from '../../../state';

/**
 * In a text field the browser's own undo applies to what is being typed — except in a draft field
 * (components/draft-input.tsx) holding no uncommitted text, where the keys undo the scenario's edits.
 */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.dataset.undo === 'store' && target.dataset.draft === undefined) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(target.type);
}

export function useLibraryStartup(store: AppStore): void {
  useEffect(() => {
    void store.getState().startLibrary();
    const flush = () => void store.getState().flushSave();
    const onVisibility = () => { if (document.visibilityState === 'hidden') flush(); };
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const history = store.temporal.getState();
      if (key === 'z' && !event.shiftKey) history.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') history.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('keydown', onKey);
    };
  }, [store]);
}
