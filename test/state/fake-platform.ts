/** A browser stand-in for the library: storage of the test's choosing, an address, a clipboard and files. */
import { createMemoryStorage, type LibraryStorage } from '../../src/platform/library-storage';
import type { LibraryPlatform, OpenedFile } from '../../src/platform/library-platform';

export interface FakePlatform extends LibraryPlatform {
  fragment: string;
  clipboard: string[];
  saved: { text: string; fileName: string }[];
  nextPick: OpenedFile | null;
}

export const PAGE = 'https://afkast.example/app/';

export function fakePlatform(storage: LibraryStorage | null = createMemoryStorage(), fragment = ''): FakePlatform {
  const platform: FakePlatform = {
    fragment,
    clipboard: [],
    saved: [],
    nextPick: null,
    openStorage: async () => storage,
    readFragment: () => platform.fragment,
    clearFragment: () => { platform.fragment = ''; },
    pageUrl: () => PAGE,
    copyText: async (text) => { platform.clipboard.push(text); return true; },
    pickFile: async () => platform.nextPick,
    saveFile: async (text, fileName) => { platform.saved.push({ text, fileName }); return true; },
  };
  return platform;
}

/** A file as the browser's File would give it. */
export function textFile(name: string, text: string, size = new TextEncoder().encode(text).length): OpenedFile {
  return { name, size, text: async () => text };
}

/** A storage whose every call fails, as IndexedDB does when the quota is used up, while `failing` is true. */
export function failingStorage(inner: LibraryStorage = createMemoryStorage()): LibraryStorage & { failing: boolean } {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const wrapped = { failing: false } as LibraryStorage & { failing: boolean };
  for (const key of ['put', 'get', 'list', 'delete', 'getLastDocId', 'setLastDocId'] as const) {
    (wrapped as unknown as Record<string, unknown>)[key] = (...args: unknown[]) =>
      wrapped.failing ? Promise.reject(quota()) : (inner[key] as (...a: unknown[]) => Promise<unknown>)(...args);
  }
  return wrapped;
}
