import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { DATABASES, keepsCache, STORAGE_KEYS } from '../../src/ui/legal/stored-data.ts';
import { ListPage, LotsePage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';
import { waitForServiceWorker } from './support/offline.ts';

const baseUrl = inject('baseUrl');
const TILE_HOST = 'sgx.geodatenzentrum.de';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** Everything the origin holds: database names, both storages, Cache Storage names. */
function everything(session: Session) {
  return session.page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name ?? '').sort(),
    local: Object.keys(localStorage).sort(),
    session: Object.keys(sessionStorage).sort(),
    caches: (await caches.keys()).sort(),
  }));
}

describe('"Alles löschen" deletes everything Lotse stored on this device', () => {
  let session: Session;

  beforeEach(async () => {
    session = await openSession({ viewport: { width: 360, height: 640 } });
    await session.context.route(`https://${TILE_HOST}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: PNG }),
    );
  });

  afterEach(async () => {
    await session.close();
  });

  it('saves, consents to tiles, deletes, and finds nothing left but the app precache', async () => {
    const page = new LotsePage(session.page, baseUrl);
    await page.goto('/');
    await waitForServiceWorker(session.page);
    await new ListPage(session.page, baseUrl).saveViaLink(['koki-ostallgaeu', 'koki-stadt-kaufbeuren']);
    await page.goto('/offer/koki-ostallgaeu');
    await session.page.getByRole('button', { name: 'Karte anzeigen' }).click();
    await session.page.getByRole('button', { name: 'Ja, Online-Karte laden' }).click();
    await session.page.evaluate(() => sessionStorage.setItem('lotse.visit', '1'));
    // A language chosen (English, then back to German): the choice is stored on the device.
    await session.page.locator('select.lang-select:visible').selectOption('en');
    await session.page.waitForFunction(() => document.documentElement.lang === 'en');
    await session.page.locator('select.lang-select:visible').selectOption('de');
    await session.page.waitForFunction(() => document.documentElement.lang === 'de');

    const before = await everything(session);
    expect(before.databases).toEqual(DATABASES.map((d) => d.name).sort());
    expect(before.local).toEqual(STORAGE_KEYS.map((k) => k.key).sort());
    expect(before.caches.filter((c) => !keepsCache(c)).length).toBeGreaterThan(0);

    await page.goto('/datenschutz');
    await session.page.getByRole('button', { name: /Alles löschen/ }).click();
    await session.page
      .getByText(
        'Gelöscht: Ihre Merkliste (2 Einträge), Ihre Entscheidung zur Online-Karte, Ihre Wahl der Sprache, ' +
          'die gespeicherte Kopie ' +
          'der Angebote, die Daten dieser Sitzung, zwischengespeicherte Downloads der Angebote.',
      )
      .waitFor();

    const after = await everything(session);
    expect(after.databases).toEqual([]);
    expect(after.local).toEqual([]);
    expect(after.session).toEqual([]);
    expect(after.caches.length).toBeGreaterThan(0);
    expect(after.caches.every(keepsCache)).toBe(true);
    expect(await session.page.getByRole('link', { name: 'Meine Liste' }).count()).toBe(1);
    expect(session.errors).toEqual([]);
  });
});
