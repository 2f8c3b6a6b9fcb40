import { type DBSchema, deleteDB, openDB } from 'idb';
import { CATALOGUE_CACHE, HASHED_CATALOGUE_FILE } from './runtime-cache.ts';

/** Its own database, so that rebuilding a corrupt catalogue cache never touches the saved list. */
export const CACHE_DB = 'lotse-catalogue';
// 2: snapshots hold the merged regions and their manifest (catalogue split by region); older ones are dropped.
export const CACHE_VERSION = 2;

/** The last good catalogue as downloaded: raw JSON, parsed again (at the one boundary) when read. */
export interface Snapshot {
  hash: string;
  catalogue: unknown;
  index: unknown;
  /** The manifest the pairs came from and the regions merged in (wide-area always is). */
  manifest: unknown;
  regions: string[];
  savedAt: string;
}

interface CacheDB extends DBSchema {
  snapshots: { key: string; value: Snapshot };
}

export interface CatalogueCache {
  read: () => Promise<Snapshot | undefined>;
  write: (snapshot: Snapshot) => Promise<void>;
  /** Deletes the database, e.g. when it cannot be read; it is rebuilt on the next write. */
  reset: () => Promise<void>;
  /**
   * Deletes the catalogue files the service worker cached at runtime that are not among `keep` (file names in
   * /catalogue/): run once a newer catalogue is stored, so that older versions of this device's regions do not pile
   * up. The stored snapshot stays the last good copy.
   */
  prune?: (keep: readonly string[]) => Promise<void>;
}

/** The catalogue cache in IndexedDB; every call may throw, callers fall back to the network or precache. */
export function createCatalogueCache(): CatalogueCache {
  const open = () =>
    openDB<CacheDB>(CACHE_DB, CACHE_VERSION, {
      upgrade(db) {
        // Any older snapshot has another shape: start the store afresh (the next load writes a new one).
        if (db.objectStoreNames.contains('snapshots')) db.deleteObjectStore('snapshots');
        db.createObjectStore('snapshots');
      },
    });
  return {
    async read() {
      const db = await open();
      try {
        return await db.get('snapshots', 'current');
      } finally {
        db.close();
      }
    },
    async write(snapshot) {
      const db = await open();
      try {
        // One put of the whole snapshot: readers see the old or the new catalogue, never a mix.
        await db.put('snapshots', snapshot, 'current');
      } finally {
        db.close();
      }
    },
    async reset() {
      await deleteDB(CACHE_DB);
    },
    async prune(keep) {
      // No Cache Storage (an old browser, a test) or no cache yet: nothing to delete, and nothing is created.
      if (typeof caches === 'undefined' || !(await caches.has(CATALOGUE_CACHE))) return;
      const named = new Set(keep.map((file) => `/catalogue/${file}`));
      const cache = await caches.open(CATALOGUE_CACHE);
      for (const request of await cache.keys()) {
        const { pathname } = new URL(request.url);
        if (HASHED_CATALOGUE_FILE.test(pathname) && !named.has(pathname)) await cache.delete(request);
      }
    },
  };
}
