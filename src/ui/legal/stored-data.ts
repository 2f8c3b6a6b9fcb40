import { CACHE_DB } from '../../catalogue/index.ts';
import { LANG_KEY } from '../../i18n/index.ts';
import { CONSENT_KEY } from '../../map/index.ts';
import { DB_NAME as SAVED_DB } from '../list/saved-store.ts';

/** What a person may find stored, named in the message after deleting, in this order. */
export const STORED_ITEMS = ['list', 'tiles', 'language', 'catalogue', 'session', 'caches'] as const;
export type StoredItem = (typeof STORED_ITEMS)[number];

/**
 * Everything Lotse writes on a device, in one place: "Alles löschen" deletes these and the browser test proves
 * that nothing else is left. A new setting is one more line in STORAGE_KEYS. A home visit (src/ui/visit) adds
 * nothing here: it stores nothing, and tests/e2e/visit.test.ts proves the device unchanged after one.
 */
export const STORAGE_KEYS: readonly { key: string; item: StoredItem }[] = [
  { key: CONSENT_KEY, item: 'tiles' },
  { key: LANG_KEY, item: 'language' },
];

export const DATABASES: readonly { name: string; item: StoredItem }[] = [
  { name: SAVED_DB, item: 'list' },
  { name: CACHE_DB, item: 'catalogue' },
];

/**
 * The service worker's precache holds the app itself and the wide-area pair, the same on every device (nothing about
 * the family, not even its region): it stays, so offline works.
 */
export function keepsCache(name: string): boolean {
  return name.startsWith('workbox-precache');
}

/** The browser's storage areas; each may be missing or throw in a locked-down browser. */
export interface Device {
  localStorage: Storage | null;
  sessionStorage: Storage | null;
  indexedDB: IDBFactory | null;
  caches: CacheStorage | null;
}

const read = <T>(get: () => T | undefined): T | null => {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
};

/** This browser's storage areas. */
export function browserDevice(): Device {
  return {
    localStorage: read(() => globalThis.localStorage),
    sessionStorage: read(() => globalThis.sessionStorage),
    indexedDB: read(() => globalThis.indexedDB),
    caches: read(() => globalThis.caches),
  };
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another tab still holds it open: the browser deletes it as soon as that tab lets go.
    request.onblocked = () => resolve();
  });
}

/** Deletes everything on the lists above and says what was there (the saved list is the caller's to count). */
export async function deleteStored(device: Device): Promise<StoredItem[]> {
  const found = new Set<StoredItem>();
  for (const { key, item } of STORAGE_KEYS) {
    if (device.localStorage?.getItem(key) == null) continue;
    device.localStorage.removeItem(key);
    found.add(item);
  }
  if (device.sessionStorage?.length) {
    device.sessionStorage.clear();
    found.add('session');
  }
  const factory = device.indexedDB;
  if (factory) {
    const present = (await factory.databases()).map((d) => d.name);
    for (const { name, item } of DATABASES.filter((d) => present.includes(d.name))) {
      await deleteDatabase(factory, name);
      found.add(item);
    }
  }
  const runtime = ((await device.caches?.keys()) ?? []).filter((name) => !keepsCache(name));
  await Promise.all(runtime.map((name) => device.caches?.delete(name)));
  if (runtime.length > 0) found.add('caches');
  return STORED_ITEMS.filter((item) => found.has(item));
}
