/**
 * What the library keeps in the browser: one record per document (the scenario file as JSON, its
 * title and when it was last written) and a pointer to the document the user last worked on.
 * The state layer depends only on this interface; tests pass the in-memory implementation below.
 */
import type { ScenarioFile } from '../io/scenario-schema';

export interface DocumentSummary {
  docId: string;
  title: string;
  /** Milliseconds since 1970 (Date.now()) of the last write. */
  updatedAt: number;
}

export interface StoredDocument extends DocumentSummary {
  scenario: ScenarioFile;
  /**
   * The last version of this document that the engine could compute, when `scenario` is one that
   * makes it fail (throw): autosave keeps the user's latest typing but never loses the working version.
   */
  lastWorking?: ScenarioFile;
}

export interface LibraryStorage {
  put(doc: StoredDocument): Promise<void>;
  get(docId: string): Promise<StoredDocument | undefined>;
  /** Newest first. */
  list(): Promise<DocumentSummary[]>;
  delete(docId: string): Promise<void>;
  getLastDocId(): Promise<string | null>;
  setLastDocId(docId: string): Promise<void>;
}

export function summarize({ docId, title, updatedAt }: DocumentSummary): DocumentSummary {
  return { docId, title, updatedAt };
}

export function newestFirst(a: DocumentSummary, b: DocumentSummary): number {
  return b.updatedAt - a.updatedAt;
}

/** A storage that lives as long as the page (tests, and browsers without IndexedDB). */
export function createMemoryStorage(): LibraryStorage {
  const docs = new Map<string, StoredDocument>();
  let last: string | null = null;
  // Copies on the way in and out, as IndexedDB's structured clone does.
  return {
    put: (doc) => { docs.set(doc.docId, structuredClone(doc)); return Promise.resolve(); },
    get: (docId) => { const doc = docs.get(docId); return Promise.resolve(doc && structuredClone(doc)); },
    list: () => Promise.resolve([...docs.values()].map(summarize).sort(newestFirst)),
    delete: (docId) => { docs.delete(docId); return Promise.resolve(); },
    getLastDocId: () => Promise.resolve(last),
    setLastDocId: (docId) => { last = docId; return Promise.resolve(); },
  };
}
