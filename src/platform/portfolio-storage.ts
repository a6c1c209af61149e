/** The open portfolio in IndexedDB (via idb): database "afkast-portfolio", one record, so a reload keeps the work. */
import { openDB } from 'idb';

export interface PortfolioStorage {
  load(): Promise<unknown>;
  save(file: unknown): Promise<void>;
}

const KEY = 'current';

export async function openPortfolioStorage(name = 'afkast-portfolio'): Promise<PortfolioStorage | null> {
  if (typeof indexedDB === 'undefined') return null;
  const db = await openDB(name, 1, { upgrade: (database) => { database.createObjectStore('portfolio'); } });
  return {
    load: async () => (await db.get('portfolio', KEY)) as unknown,
    save: async (file) => { await db.put('portfolio', file, KEY); },
  };
}
