import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  hiddenQuery,
  ListPage,
  LotsePage,
  OfferPage,
  QuestionnairePage,
  RESULTS_ADDRESS,
} from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';
import { storageOf, storedRegions, waitForServiceWorker } from './support/offline.ts';
import { phonesOf } from './support/phones.ts';
import { scanQr } from './support/qr.ts';
import { texts } from './support/texts.ts';

const baseUrl = inject('baseUrl');
const SHOTS = '/work/shots/visit';
const de = texts('de');
const en = texts('en');

/**
 * Everything the origin holds, in full: every IndexedDB database with a digest of each store's keys and records,
 * both storages with their values, cookies, and Cache Storage with the request URLs of every cache.
 */
async function everything(session: Session) {
  const origin = await session.page.evaluate(async () => {
    const digest = async (value: unknown) => {
      const bytes = new TextEncoder().encode(JSON.stringify(value));
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
    };
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const databases: Record<string, Record<string, string>> = {};
    for (const { name, version } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      const stores: Record<string, string> = { version: String(version) };
      for (const store of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(store).objectStore(store);
        stores[store] = await digest([await request(tx.getAllKeys()), await request(tx.getAll())]);
      }
      db.close();
      databases[name] = stores;
    }
    const entries = (s: Storage) => Object.fromEntries(Object.entries(s));
    const caches_: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      caches_[name] = (await (await caches.open(name)).keys()).map((r) => r.url).sort();
    }
    return {
      databases,
      local: entries(localStorage),
      session: entries(sessionStorage),
      caches: caches_,
    };
  });
  return { ...origin, cookies: await session.context.cookies() };
}

/** The visit's banner, in German or English. */
const banner = (session: Session, lang = de) => session.page.getByText(lang.t('visit.banner'));

describe('a home visit writes nothing on the device (real Chromium, production build, offline)', () => {
  let session: Session;

  beforeEach(async () => {
    session = await openSession({ viewport: { width: 360, height: 640 } });
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterEach(async () => {
    await session.close();
  });

  /** The device of a midwife who uses Lotse herself: one offer saved, a language chosen, the catalogue cached. */
  async function usedDevice(): Promise<LotsePage> {
    const page = new LotsePage(session.page, baseUrl);
    await page.goto('/');
    await waitForServiceWorker(session.page);
    await expect.poll(async () => (await storageOf(session.page)).databases).toContain('lotse-catalogue');
    // The device keeps the regions opened on it: the midwife opened the family's district in town.
    await page.goto('/region/kaufbeuren');
    await expect.poll(() => storedRegions(session.page)).toContain('kaufbeuren');
    await page.goto('/offer/koki-ostallgaeu');
    await new OfferPage(session.page, baseUrl).save();
    await session.page.locator('select.lang-select:visible').selectOption('en');
    await session.page.waitForFunction(() => document.documentElement.lang === 'en');
    await session.page.locator('select.lang-select:visible').selectOption('de');
    await session.page.waitForFunction(() => document.documentElement.lang === 'de');
    await page.goto('/');
    return page;
  }

  /** Opens result number `n` (in-app, as a tap would), saves it in English, and comes back to the results. */
  async function saveResult(page: LotsePage, n: number): Promise<void> {
    await page.nextScreen(() => session.page.locator('main article h2 a').nth(n).click());
    await session.page.getByRole('button', { name: en.t('offer.save') }).click();
    await session.page.getByText(en.t('offer.saved')).waitFor();
    expect(await banner(session, en).isVisible()).toBe(true);
    await page.nextScreen(async () => {
      await session.page.goBack();
    });
  }

  /**
   * The family's list leaves the midwife's phone, still offline, in the family's language: by the QR code of the
   * list's link and the code of the contacts as text (both decoded), as text (the clipboard), and on paper (the
   * sheet under print media, in Arabic and in Turkish). Every chosen offer's phone number travels each way.
   */
  async function handOver(): Promise<void> {
    const ar = new ListPage(session.page, baseUrl, texts('ar'));
    await session.page.locator('select.lang-select:visible').selectOption('ar');
    await session.page.waitForFunction(() => document.documentElement.dir === 'rtl');
    const scanned = await scanQr(await ar.showQr());
    expect(scanned).not.toBeNull();
    const link = new URL(scanned ?? '');
    expect(link.pathname).toBe('/list');
    expect(link.searchParams.get('lang')).toBe('ar');
    const ids = link.searchParams.get('ids')?.split(',') ?? [];
    expect(ids).toHaveLength(3);
    // Not every offer has a number (some are reached by their website): every number there is must travel.
    const phones = ids.flatMap(phonesOf);
    expect(phones.length).toBeGreaterThan(0);
    const names = await session.page.locator('main article h2 a').allTextContents();
    expect(names).toHaveLength(3);
    const contacts = (await Promise.all((await ar.contactCodes()).map(scanQr))).join('\n');
    for (const expected of [...phones, ...names]) expect(contacts).toContain(expected.trim());
    await ar.shareAsText();
    const copied = await session.page.evaluate(() => navigator.clipboard.readText());
    for (const phone of phones) expect(copied).toContain(phone);
    for (const lang of ['ar', 'tr']) {
      const family = new ListPage(session.page, baseUrl, texts(lang));
      await session.page.locator('select.lang-select:visible').selectOption(lang);
      await session.page.waitForFunction((code) => document.documentElement.lang === code, lang);
      const sheet = await family.printSheet();
      await session.page.emulateMedia({ media: 'print' });
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text under print media is what is tested
      const printed = await sheet.innerText();
      for (const expected of [...phones, ...names]) expect(printed).toContain(expected.trim());
      await session.page.emulateMedia({ media: 'screen' });
    }
    await session.page.locator('select.lang-select:visible').selectOption('de');
    await session.page.waitForFunction(() => document.documentElement.lang === 'de');
  }

  it('visit on offline, questions about the family, language switched, three offers saved and handed over by QR, text and paper (ar, tr), visit ended: storage unchanged', async () => {
    const page = await usedDevice();
    const before = await everything(session);
    expect(Object.keys(before.databases).sort()).toEqual(['lotse', 'lotse-catalogue']);
    expect(Object.keys(before.local)).toEqual(['lotse.lang']);

    await session.context.setOffline(true);
    await session.page.getByRole('button', { name: de.t('nav.visit') }).click();
    // First it says what a visit is; nothing changes until "Besuch beginnen" (a parent may cancel).
    await session.page.getByText(de.t('visit.intro')).waitFor();
    await session.page.screenshot({ path: `${SHOTS}/intro.png` });
    expect(await banner(session).count()).toBe(0);
    await session.page.getByRole('button', { name: de.t('visit.begin') }).click();
    await banner(session).waitFor();
    await session.page.getByText(/^Offline – Daten vom \d+\. \w+ \d{4}$/).waitFor();
    expect(await session.page.getByRole('link', { name: de.t('nav.list'), exact: true }).count()).toBe(1);
    await session.page.screenshot({ path: `${SHOTS}/start.png` });
    // The start screen's call buttons still lie on the first screen with the banner on.
    const calls = await session.page
      .locator('main a[href^="tel:"]')
      .evaluateAll((links) => links.slice(0, 2).map((a) => a.getBoundingClientRect().bottom));
    expect(calls).toHaveLength(2);
    for (const bottom of calls) expect(bottom).toBeLessThanOrEqual(640);

    const questions = new QuestionnairePage(session.page, baseUrl);
    await questions.begin();
    expect(await questions.title()).toBe('Ist die Familie oder ihr Kind gerade in Gefahr?');
    await session.page.screenshot({ path: `${SHOTS}/questions.png` });
    await questions.choose('Nein');
    expect(await questions.title()).toBe('Wo wohnt die Familie?');
    await questions.place('Kaufbeuren');
    expect(await questions.title()).toBe('Was trifft auf die Familie zu?');
    expect(await session.page.getByRole('button', { name: /Fachkraft/ }).count()).toBe(0);
    await questions.choose('Die Familie hat ein Baby unter 1 Jahr');
    await questions.tick('Das Baby der Familie schreit viel oder schläft schlecht');
    await questions.choose('Weiter');
    expect(await questions.title()).toBe('Wie möchte die Familie Hilfe bekommen?');
    await questions.skip();
    await session.page.waitForURL(RESULTS_ADDRESS);
    // A visit writes nothing to the device: the answers behind the entry are held in memory only.
    expect((await hiddenQuery(session.page)).toString()).toBe('');
    await session.page.locator('main article h2 a').first().waitFor();
    expect(await banner(session).isVisible()).toBe(true);

    await session.page.locator('select.lang-select:visible').selectOption('en');
    await banner(session, en).waitFor();
    for (const n of [0, 1, 2]) await saveResult(page, n);

    const list = new ListPage(session.page, baseUrl, en);
    await list.nextScreen(() =>
      session.page.getByRole('link', { name: en.t('nav.listCount', { count: 3 }) }).click(),
    );
    await expect.poll(() => session.page.locator('main article h2 a').count()).toBe(3);
    expect(await banner(session, en).isVisible()).toBe(true);
    await session.page.locator('select.lang-select:visible').selectOption('de');
    await banner(session).waitFor();
    await session.page.screenshot({ path: `${SHOTS}/list.png` });
    await handOver();
    await list.nextScreen(() => session.page.getByRole('link', { name: de.t('nav.helpNow') }).click());
    expect(await banner(session).isVisible()).toBe(true);

    // The visit ends in the family's language; the device's own (German) is shown again after it.
    await session.page.locator('select.lang-select:visible').selectOption('en');
    await session.page.getByRole('button', { name: en.t('visit.end') }).click();
    await session.page
      .getByRole('status')
      .filter({ hasText: de.t('visit.ended') })
      .waitFor();
    expect(new URL(session.page.url()).pathname).toBe('/');
    expect(await banner(session).count()).toBe(0);
    await session.page.getByRole('link', { name: de.t('nav.listCount', { count: 1 }) }).waitFor();
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('de');

    expect(await everything(session)).toEqual(before);
    // The whole visit is one test (storage is compared across all of it), with two printed sheets and, since the device
    // keeps only regions opened on it, one page more to open the family's region online first: under load it took
    // 65 s and 72 s, so it states its own two minutes as update.test.ts's long journeys do.
  }, 120_000);

  it('ends with a reload: nothing of the visit is carried over', async () => {
    const page = await usedDevice();
    const before = await everything(session);
    await session.page.getByRole('button', { name: de.t('nav.visit') }).click();
    await session.page.getByRole('button', { name: de.t('visit.begin') }).click();
    await banner(session).waitFor();
    await page.nextScreen(() => session.page.getByRole('link', { name: de.t('nav.helpNow') }).click());
    await session.page.reload();
    await page.h1().waitFor();
    await session.page.getByRole('link', { name: de.t('nav.listCount', { count: 1 }) }).waitFor();
    expect(await banner(session).count()).toBe(0);
    expect(await everything(session)).toEqual(before);
  });
});
