import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/** Database name and schema version; bump the version and add an upgrade step when the shape changes. */
export const DB_NAME = 'lotse';
export const DB_VERSION = 1;

/**
 * One saved offer. `seq` orders the list: it counts up with every save, where two saves within one millisecond (a
 * handed-over list saved at once, a busy phone) or a clock set back would leave `savedAt` equal or reversed. Rows
 * saved before `seq` existed have none; they come first, by their time.
 */
export interface SavedRow {
  id: string;
  savedAt: string;
  seq?: number;
}

interface LotseDB extends DBSchema {
  saved: { key: string; value: SavedRow };
}

/** The ids in the order they were saved (see SavedRow); never by id, which is the order IndexedDB returns them in. */
export function savedOrder(rows: SavedRow[]): string[] {
  return [...rows]
    .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || a.savedAt.localeCompare(b.savedAt))
    .map((r) => r.id);
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
      return savedOrder(await (await open()).getAll('saved'));
    },
    async add(id) {
      // Read the highest number and write the next in one transaction: saves started together queue up in order.
      const tx = (await open()).transaction('saved', 'readwrite');
      const seq = Math.max(0, ...(await tx.store.getAll()).map((r) => r.seq ?? 0)) + 1;
      await Promise.all([tx.store.put({ id, savedAt: new Date().toISOString(), seq }), tx.done]);
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
