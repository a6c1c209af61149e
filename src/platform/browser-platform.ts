/** The library's platform in a real browser: IndexedDB, history, clipboard and browser-fs-access. */
import { openIndexedDbStorage } from './indexeddb-storage';
import type { ExportKind, LibraryPlatform } from './library-platform';

const JSON_FILES = { description: 'Afkast-scenarie (JSON)', extensions: ['.json'], mimeTypes: ['application/json'] };

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export const browserPlatform: LibraryPlatform = {
  openStorage: async () => {
    if (typeof indexedDB === 'undefined') return null;
    try {
      return await openIndexedDbStorage();
    } catch {
      return null; // private browsing or storage disabled: keep working in memory
    }
  },
  readFragment: () => (typeof location === 'undefined' ? '' : location.hash),
  clearFragment: () => {
    if (typeof history === 'undefined' || !location.hash) return;
    history.replaceState(history.state, '', location.pathname + location.search);
  },
  pageUrl: () => (typeof location === 'undefined' ? '' : location.origin + location.pathname + location.search),
  copyText: async (text) => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },
  pickFile: async () => {
    // Loaded when first used: file access is rare, and not needed to show the first page.
    const { fileOpen } = await import('browser-fs-access');
    try {
      return await fileOpen(JSON_FILES);
    } catch (error) {
      if (isAbort(error)) return null;
      throw error;
    }
  },
  saveFile: (text, fileName) => save(new Blob([text], { type: 'application/json' }), fileName, JSON_FILES),
  saveExport: (data, fileName, kind) => save(data, fileName, kind),
};

async function save(data: Blob, fileName: string, kind: ExportKind): Promise<boolean> {
  const { fileSave } = await import('browser-fs-access');
  try {
    await fileSave(data, { ...kind, fileName });
    return true;
  } catch (error) {
    if (isAbort(error)) return false;
    throw error;
  }
}
