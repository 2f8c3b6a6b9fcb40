import type { Page } from 'playwright-core';

/** Waits until the service worker controls the page and has precached everything (its install finished). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
        // Without clientsClaim the first page stays uncontrolled; a reload hands it to the active worker.
        setTimeout(resolve, 500);
      });
    }
    return registration.active?.state;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.locator('h1').waitFor();
  }
}

/** The names of the IndexedDB databases and the localStorage keys of the page's origin. */
export async function storageOf(page: Page): Promise<{ databases: string[]; localStorage: string[] }> {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name ?? '').sort(),
    localStorage: Object.keys(localStorage).sort(),
  }));
}

/** The regions of the last good catalogue copy in IndexedDB (`lotse-catalogue`), none while there is no copy. */
export async function storedRegions(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('lotse-catalogue');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      if (!db.objectStoreNames.contains('snapshots')) return [];
      const snapshot = await new Promise<{ regions?: string[] } | undefined>((resolve, reject) => {
        const r = db.transaction('snapshots').objectStore('snapshots').get('current');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      return snapshot?.regions ?? [];
    } finally {
      db.close();
    }
  });
}
