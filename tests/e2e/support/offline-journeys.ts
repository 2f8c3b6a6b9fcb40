import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hiddenQuery,
  ListPage,
  LotsePage,
  OfferPage,
  QuestionnairePage,
  RESULTS_ADDRESS,
  ResultsPage,
} from '../pages/lotse.ts';
import { openSession, type Session } from './browser.ts';
import { closeAfterEach } from './cleanup.ts';
import { storageOf, waitForServiceWorker } from './offline.ts';
import { scanQr } from './qr.ts';
import { copyDist, type StaticServer } from './static-server.ts';

/** Serves a private copy of the build; `stop` must drop every connection, as when the site is really gone. */
export type Serve = (root: string) => Promise<StaticServer>;

type VisitOnce = () => Promise<{ s: Session; srv: StaticServer; page: LotsePage }>;

/**
 * The offline journeys (a real service worker, the server stopped) against a static host given by `serve`: the
 * test server of tests/e2e/offline.test.ts or the production nginx of tests/e2e/nginx.test.ts.
 */
export function offlineJourneys(serve: Serve): void {
  const visitOnce = visitor(serve);
  describe('offline after one visit (real service worker, server stopped)', () => {
    it(
      'opens every deep link, searches, runs the questionnaire, saves to the list, hands it over by QR, shows help-now and the map',
      () => everyTaskOffline(visitOnce),
      120_000,
    );
  });
  describe('recovery', () => {
    it('shows the last good data when the stored copy is garbage and the server sends a truncated catalogue', () =>
      lastGoodData(visitOnce));
  });
}

/** Opens Lotse once online through `serve` and cleans up after each test: the one door of these journeys. */
function visitor(serve: Serve): VisitOnce {
  const opened = closeAfterEach();

  /** Opens Lotse once online, as a midwife would in town, and waits until it is installed for offline use. */
  return async function visitOnce() {
    const srv = await serve(copyDist());
    const s = await openSession();
    opened.server = srv;
    opened.session = s;
    const page = new LotsePage(s.page, srv.url);
    await page.goto('/');
    await s.page.getByRole('heading', { name: /Lotse kennt \d+ Angebote/ }).waitFor();
    await waitForServiceWorker(s.page);
    await expect.poll(async () => (await storageOf(s.page)).databases).toContain('lotse-catalogue');
    return { s, srv, page };
  };
}

const DEEP_LINKS = [
  '/results?region=ostallgaeu&topics=crying',
  '/offer/koki-ostallgaeu',
  '/region/kaufbeuren',
  '/list?ids=koki-ostallgaeu,notruf-112',
  '/help-now',
  '/',
];

/**
 * Every deep link, search, questionnaire, list, QR hand-over and the map, with the server gone. The device keeps
 * the wide area and the regions opened on it (not every region): so the regions of these tasks are opened online
 * first, as a midwife opens the districts of her visits in town.
 */
async function everyTaskOffline(visitOnce: VisitOnce): Promise<void> {
  const { s, srv, page } = await visitOnce();
  const base = srv.url;
  for (const p of DEEP_LINKS) await page.goto(p);
  await new ResultsPage(s.page, base).search('hebamme coburg');
  await srv.stop();
  // Each deep link draws its heading offline; /results names the topic and the region under it once its cards are
  // drawn (results-heading.ts), so each heading is awaited, not read once.
  const headings: Record<string, string> = {
    '/results?region=ostallgaeu&topics=crying': 'Passende Hilfe: Schreien und Unruhe – Landkreis Ostallgäu',
    '/offer/koki-ostallgaeu': 'KoKi – Netzwerk frühe Kindheit Landkreis Ostallgäu',
    '/region/kaufbeuren': 'Frühe Hilfen in Stadt Kaufbeuren',
    '/list?ids=koki-ostallgaeu,notruf-112': 'Eine Liste für Sie',
    '/help-now': 'Sofort Hilfe',
    '/': 'Hilfe finden, die zu Ihrer Familie passt',
  };
  for (const p of DEEP_LINKS) {
    await page.goto(p);
    await expect.poll(() => page.title(), { message: p }).toBe(headings[p]);
  }
  const results = new ResultsPage(s.page, base);
  await results.search('hebamme coburg');
  expect(await results.results().count()).toBeGreaterThan(0);

  const q = new QuestionnairePage(s.page, base);
  await q.goto('/questions');
  await q.choose('Nein');
  await q.place('Füssen');
  await q.skip();
  await q.skip();
  await q.skip();
  await s.page.waitForURL(RESULTS_ADDRESS);
  expect((await hiddenQuery(s.page)).get('region')).toBe('ostallgaeu');

  const offer = new OfferPage(s.page, base);
  await offer.goto('/offer/koki-ostallgaeu');
  await offer.save();
  const list = new ListPage(s.page, base);
  await list.goto('/list');
  expect(await list.names()).toEqual(['KoKi – Netzwerk frühe Kindheit Landkreis Ostallgäu']);
  // The QR hand-over works without a network too: the encoder chunk is precached.
  expect(await scanQr(await list.showQr())).toBe(`${base}/list?ids=koki-ostallgaeu`);

  await offer.goto('/offer/koki-ostallgaeu');
  await s.page.getByRole('button', { name: 'Karte anzeigen' }).click();
  await s.page.locator('.leaflet-container').waitFor();
  // The offline base layer (boundaries from /geo/, precached) and the offer's marker are drawn.
  await expect.poll(() => s.page.locator('.leaflet-container path').count()).toBeGreaterThan(5);
  await expect.poll(() => s.page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);
  expect(s.errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e))).toEqual([]);
}

/** A garbage stored copy and a truncated catalogue from the server: the last good data still shows. */
async function lastGoodData(visitOnce: VisitOnce): Promise<void> {
  const { s, srv, page } = await visitOnce();
  await new OfferPage(s.page, srv.url).goto('/offer/notruf-112');
  await new OfferPage(s.page, srv.url).save();
  await s.page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('lotse-catalogue');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('snapshots', 'readwrite');
      tx.objectStore('snapshots').put({ hash: 'x', catalogue: '{"offers": [garbage', index: 7 }, 'current');
      tx.oncomplete = () => resolve();
    });
    db.close();
  });
  const dir = path.join(srv.root, 'catalogue');
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const good = fs.readFileSync(path.join(dir, manifest.wide.catalogue), 'utf8');
  fs.writeFileSync(path.join(dir, 'catalogue.0badc0ffee00.json'), good.slice(0, good.length / 2));
  const wide = { ...manifest.wide, catalogue: 'catalogue.0badc0ffee00.json' };
  const broken = { ...manifest, hash: '0badc0ffee00', wide };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(broken));

  await page.goto('/');
  await s.page.getByRole('heading', { name: `Lotse kennt ${manifest.count} Angebote.` }).waitFor();
  await s.page.getByText(/Sie sehen die gespeicherten Angebote \(Stand: .*\)/).waitFor();
  const list = new ListPage(s.page, srv.url);
  await list.goto('/list');
  expect(await list.names()).toEqual(['Notruf 112 (Rettungsdienst und Feuerwehr)']);
}
