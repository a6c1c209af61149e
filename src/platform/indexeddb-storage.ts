/** The library in IndexedDB (via idb): database "afkast", a store of documents keyed by docId and a meta store. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { newestFirst, summarize, type LibraryStorage, type StoredDocument } from './library-storage';

interface LibraryDb extends DBSchema {
  documents: { key: string; value: StoredDocument };
  meta: { key: string; value: string };
}

const LAST_DOC = 'lastDocId';

export async function openIndexedDbStorage(name = 'afkast'): Promise<LibraryStorage> {
  const db: IDBPDatabase<LibraryDb> = await openDB<LibraryDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore('documents', { keyPath: 'docId' });
      database.createObjectStore('meta');
    },
  });
  return {
    put: async (doc) => { await db.put('documents', doc); },
    get: (docId) => db.get('documents', docId),
    list: async () => (await db.getAll('documents')).map(summarize).sort(newestFirst),
    delete: (docId) => db.delete('documents', docId),
    getLastDocId: async () => (await db.get('meta', LAST_DOC)) ?? null,
    setLastDocId: async (docId) => { await db.put('meta', docId, LAST_DOC); },
  };
}
