import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/** Database name and schema version; bump the version and add an upgrade step when the shape changes. */
export const DB_NAME = 'lotse';
export const DB_VERSION = 1;

interface LotseDB extends DBSchema {
  saved: { key: string; value: { id: string; savedAt: string } };
}

export interface SavedStore {
  list: () => Promise<string[]>;
  add: (id: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
  clear: () => Promise<void>;
}

/** The saved list in IndexedDB; opened lazily so that nothing is written before the user saves something. */
export function createSavedStore(indexedDB: IDBFactory | undefined = globalThis.indexedDB): SavedStore {
  let db: Promise<IDBPDatabase<LotseDB>> | null = null;
  const open = () => {
    if (!indexedDB) return Promise.reject(new Error('IndexedDB is not available'));
    db ??= openDB<LotseDB>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        if (!database.objectStoreNames.contains('saved'))
          database.createObjectStore('saved', { keyPath: 'id' });
      },
    }).catch((error) => {
      db = null;
      throw error;
    });
    return db;
  };
  const exists = async () => {
    const names = (await indexedDB?.databases?.()) ?? [{ name: DB_NAME }];
    return names.some((d) => d.name === DB_NAME);
  };
  return {
    async list() {
      if (!(await exists())) return [];
      const rows = await (await open()).getAll('saved');
      return rows.sort((a, b) => a.savedAt.localeCompare(b.savedAt)).map((r) => r.id);
    },
    async add(id) {
      await (await open()).put('saved', { id, savedAt: new Date().toISOString() });
    },
    async remove(id) {
      await (await open()).delete('saved', id);
    },
    async clear() {
      const current = db;
      db = null;
      if (current) (await current.catch(() => null))?.close();
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB?.deleteDatabase(DB_NAME);
        if (!request) return resolve();
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => resolve();
      });
    },
  };
}
