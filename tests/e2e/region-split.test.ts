/**
 * Offline for the family's own region, not for all of Germany (issue 15, item 3; issue 24, part 5), in real
 * Chromium against the production build with its real service worker and IndexedDB. Every request of the page AND
 * of the service worker is logged: a family in Kaufbeuren downloads the wide-area pair and the Kaufbeuren pair and
 * no other region's, neither on the page nor into the service worker's caches, and keeps its results offline. A
 * midwife who opens two regions keeps both offline; a region never opened on the device says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../scripts/lib/split-catalogue.ts';
import { OfferPage, ResultsPage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';
import { closeAfterEach } from './support/cleanup.ts';
import { storedRegions, waitForServiceWorker } from './support/offline.ts';
import { catalogueRequests, logRequests, untilQuiet } from './support/requests.ts';
import { copyDist, type StaticServer, serveStatic } from './support/static-server.ts';

type Pair = { catalogue: string; index: string };
const manifest = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../dist/catalogue/manifest.json'), 'utf8'),
) as { wide: Pair; regions: Record<string, Pair>; offers: Record<string, string[]> };
const files = (p: Pair | undefined) => (p ? [`/catalogue/${p.catalogue}`, `/catalogue/${p.index}`] : []);
/** The catalogue files of every region except these. */
const otherRegions = (...ids: string[]) =>
  Object.entries(manifest.regions)
    .filter(([id]) => !ids.includes(id))
    .flatMap(([, pair]) => files(pair));
/** Of the logged catalogue requests ("page: /catalogue/…"), those for one of these files. */
const fetchedOf = (log: string[], wanted: string[]) =>
  log.filter((r) => wanted.includes(r.replace(/^.*: /, '')));

/** The pairs (region ids, `wide`) the offers listed on the results page come from. */
async function pairsShown(results: ResultsPage): Promise<string[]> {
  const hrefs = await results.page
    .locator('main article h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const ids = hrefs.map((h) => decodeURIComponent(h.replace(/^\/offer\//, '').replace(/[?#].*$/, '')));
  return [...new Set(ids.flatMap((id) => manifest.offers[id] ?? []))].sort();
}

/** The paths the service worker's runtime cache of catalogue files holds. */
const runtimeCached = (s: Session) =>
  s.page.evaluate(async () => {
    if (!(await caches.has('lotse-catalogue-v1'))) return [];
    const cache = await caches.open('lotse-catalogue-v1');
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  });

/**
 * Deploys a new catalogue on the server as the build would: koki-ostallgaeu renamed in Ostallgäu's catalogue
 * (a new content hash, so a new file name) and a manifest naming it; returns the new file.
 */
function deployRenamed(root: string, rename: (name: string) => string): string {
  const dir = path.join(root, 'catalogue');
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const now = read('manifest.json');
  const { hash: _old, ...part } = read(now.regions.ostallgaeu.catalogue);
  const koki = part.offers.find((o: { id: string }) => o.id === 'koki-ostallgaeu');
  koki.name = rename(koki.name);
  const hash = contentHash(JSON.stringify(part));
  const file = `catalogue.${hash}.json`;
  fs.writeFileSync(path.join(dir, file), JSON.stringify({ ...part, hash }));
  now.regions.ostallgaeu = { ...now.regions.ostallgaeu, catalogue: file };
  now.hash = contentHash(`${now.hash} ${file}`);
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(now));
  return file;
}

const KOKI = 'KoKi – Netzwerk frühe Kindheit Landkreis Ostallgäu';

describe('offline for the family’s own region (page and service worker)', () => {
  const opened = closeAfterEach();

  async function open(): Promise<{ srv: StaticServer; s: Session; results: ResultsPage }> {
    const srv = await serveStatic(copyDist());
    const s = await openSession();
    opened.server = srv;
    opened.session = s;
    return { srv, s, results: new ResultsPage(s.page, srv.url) };
  }

  async function search(results: ResultsPage, region: string): Promise<string[]> {
    await results.goto(`/results?region=${region}&q=hebamme`);
    await results.status().waitFor();
    return pairsShown(results);
  }

  it('a family in Kaufbeuren: nobody fetches another region’s files; offline it keeps Kaufbeuren and the wide area', async () => {
    const { srv, s, results } = await open();
    const log = logRequests(s.context);
    await results.goto('/results?region=kaufbeuren&q=hebamme');
    await results.status().waitFor();
    const online = await results.resultNames();
    expect(online.length).toBeGreaterThan(0);
    await s.page.getByRole('heading', { name: 'Ihre Anlaufstelle vor Ort' }).waitFor();
    await waitForServiceWorker(s.page);
    await untilQuiet(log);

    const fetched = catalogueRequests(log);
    expect(otherRegions('kaufbeuren')).toHaveLength(8);
    expect(fetchedOf(fetched, otherRegions('kaufbeuren'))).toEqual([]);
    const own = [...files(manifest.wide), ...files(manifest.regions.kaufbeuren)];
    expect(fetched).toEqual(expect.arrayContaining(own.map((f) => `page: ${f}`)));

    await srv.stop();
    expect(await search(results, 'kaufbeuren')).toContain('kaufbeuren');
    expect(await results.resultNames()).toEqual(online);
    await results.search('telefon');
    expect(await pairsShown(results)).toContain('wide');
    expect(fetchedOf(catalogueRequests(log), otherRegions('kaufbeuren'))).toEqual([]);
  }, 90_000);

  it('a midwife opens Kaufbeuren, then Ostallgäu: offline both work, a region never opened says it is not stored', async () => {
    const { srv, s, results } = await open();
    const log = logRequests(s.context);
    await results.goto('/results?region=kaufbeuren&q=hebamme');
    await results.status().waitFor();
    await waitForServiceWorker(s.page);
    expect(await search(results, 'ostallgaeu')).toContain('ostallgaeu');
    await untilQuiet(log);
    expect(fetchedOf(catalogueRequests(log), otherRegions('kaufbeuren', 'ostallgaeu'))).toEqual([]);

    await srv.stop();
    expect(await search(results, 'kaufbeuren')).toContain('kaufbeuren');
    expect(await search(results, 'ostallgaeu')).toContain('ostallgaeu');
    // A fresh start of the app offline (not only the page in memory) still has both regions.
    await s.page.reload();
    await results.status().waitFor();
    expect(await pairsShown(results)).toContain('ostallgaeu');

    await results.goto('/results?region=gummersbach&q=hebamme');
    await s.page
      .getByRole('status')
      .filter({ hasText: /Gummersbach.*nicht geladen werden.*Ohne Internet.*auf diesem Gerät/ })
      .waitFor();
    await results.status().waitFor();
    expect(await pairsShown(results)).not.toContain('gummersbach');
  }, 120_000);

  it('a new catalogue refreshes the regions kept, drops their old files, and keeps the last good copy of a region whose new files cannot be fetched', async () => {
    const { srv, s, results } = await open();
    await results.goto('/results?region=kaufbeuren&q=hebamme');
    await results.status().waitFor();
    await waitForServiceWorker(s.page);
    await search(results, 'ostallgaeu');
    await expect.poll(() => storedRegions(s.page)).toEqual(['kaufbeuren', 'ostallgaeu']);
    const v1 = manifest.regions.ostallgaeu?.catalogue ?? '';
    expect(await runtimeCached(s)).toContain(`/catalogue/${v1}`);

    const v2 = deployRenamed(srv.root, (name) => `${name} (v2)`);
    const offer = new OfferPage(s.page, srv.url);
    await offer.goto('/offer/koki-ostallgaeu');
    await expect.poll(() => offer.title()).toBe(`${KOKI} (v2)`);
    // The kept regions' current files, and no older one: the old Ostallgäu catalogue is gone.
    const current = [
      ...files(manifest.regions.kaufbeuren),
      `/catalogue/${v2}`,
      `/catalogue/${manifest.regions.ostallgaeu?.index}`,
    ].sort();
    await expect.poll(() => runtimeCached(s)).toEqual(current);

    // The next catalogue's manifest arrives, its Ostallgäu file does not (the line dropped, or offline with the
    // manifest already cached): Ostallgäu stays usable from the last good copy, which is said.
    const v3 = deployRenamed(srv.root, (name) => name.replace(' (v2)', ' (v3)'));
    fs.rmSync(path.join(srv.root, 'catalogue', v3));
    await offer.goto('/offer/koki-ostallgaeu');
    await s.page.getByText(/Sie sehen die gespeicherten Angebote \(Stand: .*\)/).waitFor();
    expect(await offer.title()).toBe(`${KOKI} (v2)`);
    expect(await s.page.getByText(/konnten nicht geladen werden/).count()).toBe(0);
    expect(await storedRegions(s.page)).toEqual(['kaufbeuren', 'ostallgaeu']);
    expect(await runtimeCached(s)).toEqual(current);
  }, 120_000);
});
