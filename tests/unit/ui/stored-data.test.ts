import { describe, expect, it } from 'vitest';
import { DATABASES, type Device, deleteStored, STORAGE_KEYS } from '../../../src/ui/legal/stored-data.ts';
import { memoryStorage } from '../../fixtures/memory-storage.ts';

/** An IDBFactory that knows database names and deletes them at once. */
function memoryDatabases(names: string[]): IDBFactory & { names: string[] } {
  const factory = {
    names: [...names],
    databases: async () => factory.names.map((name) => ({ name, version: 1 })),
    deleteDatabase(name: string) {
      const request = { onsuccess: null as null | (() => void) } as unknown as IDBOpenDBRequest;
      factory.names = factory.names.filter((n) => n !== name);
      queueMicrotask(() => (request.onsuccess as (() => void) | null)?.call(request));
      return request;
    },
  };
  return factory as unknown as IDBFactory & { names: string[] };
}

function memoryCaches(names: string[]): CacheStorage & { names: string[] } {
  const store = {
    names: [...names],
    keys: async () => [...store.names],
    delete: async (name: string) => {
      store.names = store.names.filter((n) => n !== name);
      return true;
    },
  };
  return store as unknown as CacheStorage & { names: string[] };
}

describe('deleteStored', () => {
  it('deletes every listed key and database, the session and runtime caches, and keeps the precache', async () => {
    const localStorage = memoryStorage(Object.fromEntries(STORAGE_KEYS.map((k) => [k.key, 'yes'])));
    const sessionStorage = memoryStorage({ any: '1' });
    const indexedDB = memoryDatabases(DATABASES.map((d) => d.name));
    const caches = memoryCaches(['workbox-precache-v2-http://x/', 'lotse-manifest-v1', 'lotse-catalogue-v1']);
    const device: Device = { localStorage, sessionStorage, indexedDB, caches };
    expect(await deleteStored(device)).toEqual([
      'list',
      'tiles',
      'language',
      'catalogue',
      'session',
      'caches',
    ]);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(indexedDB.names).toEqual([]);
    expect(caches.names).toEqual(['workbox-precache-v2-http://x/']);
  });

  it('names only what was there, and copes with a browser that offers no storage at all', async () => {
    const device: Device = {
      localStorage: memoryStorage({ other: 'x' }),
      sessionStorage: memoryStorage(),
      indexedDB: memoryDatabases(['lotse-catalogue']),
      caches: memoryCaches(['workbox-precache-v2-http://x/']),
    };
    expect(await deleteStored(device)).toEqual(['catalogue']);
    const none: Device = { localStorage: null, sessionStorage: null, indexedDB: null, caches: null };
    expect(await deleteStored(none)).toEqual([]);
  });
});
