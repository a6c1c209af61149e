/**
 * Everything the library needs from the browser, as one interface: storage, the address bar, the
 * clipboard and files. The state layer calls it; tests pass a fake (see test/state/).
 */
import type { LibraryStorage } from './library-storage';

/** The part of a File the library reads: its name, its size (bytes) and its text. */
export interface OpenedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** What kind of file an export is, for the save dialog. */
export interface ExportKind {
  description: string;
  extensions: string[];
  mimeTypes: string[];
}

export interface LibraryPlatform {
  /** The library's storage, or null where the browser has none (then work is kept in memory only). */
  openStorage(): Promise<LibraryStorage | null>;
  /** The address's fragment, including '#', or ''. */
  readFragment(): string;
  /** Removes the fragment from the address bar without reloading, so a reload does not re-import it. */
  clearFragment(): void;
  /** The page's address without its fragment. */
  pageUrl(): string;
  /** Copies text to the clipboard; false if the browser refused. */
  copyText(text: string): Promise<boolean>;
  /** Lets the user pick a .json file; null if they cancelled. */
  pickFile(): Promise<OpenedFile | null>;
  /** Saves text as a file (save dialog where supported, else a download); false if cancelled. */
  saveFile(text: string, fileName: string): Promise<boolean>;
  /** Saves an export (workbook, CSV, chart) the same way; absent where exports cannot be saved. */
  saveExport?(data: Blob, fileName: string, kind: ExportKind): Promise<boolean>;
}
