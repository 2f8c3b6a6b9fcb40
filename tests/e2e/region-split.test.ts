/**
 * The catalogue split by region (issue 15, item 3) in real Chromium against the production build: a family in
 * Kaufbeuren downloads the wide-area pair and the Kaufbeuren pair and no other region's, and keeps its results
 * offline. The assertion is on the page's own requests (page.on('request')): the service worker precaches every
 * pair of this deployment in the background, as the issue asks, and those requests are the worker's, not the page's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultsPage } from './pages/lotse.ts';
import { openSession } from './support/browser.ts';
import { closeAfterEach } from './support/cleanup.ts';
import { waitForServiceWorker } from './support/offline.ts';
import { copyDist, serveStatic } from './support/static-server.ts';

type Pair = { catalogue: string; index: string };
const manifest = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../dist/catalogue/manifest.json'), 'utf8'),
) as { wide: Pair; regions: Record<string, Pair> };
const files = (p: Pair | undefined) => (p ? [`/catalogue/${p.catalogue}`, `/catalogue/${p.index}`] : []);

describe('a family in Kaufbeuren (catalogue split by region)', () => {
  const opened = closeAfterEach();

  it('fetches wide-area + Kaufbeuren only, and shows the same results offline', async () => {
    const srv = await serveStatic(copyDist());
    const s = await openSession();
    opened.server = srv;
    opened.session = s;
    const requested: string[] = [];
    s.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const results = new ResultsPage(s.page, srv.url);
    await results.goto('/results?region=kaufbeuren&q=hebamme');
    await results.status().waitFor();
    const online = await results.resultNames();
    expect(online.length).toBeGreaterThan(0);
    await s.page.getByRole('heading', { name: 'Ihre Anlaufstelle vor Ort' }).waitFor();
    await waitForServiceWorker(s.page);

    const others = Object.entries(manifest.regions)
      .filter(([id]) => id !== 'kaufbeuren')
      .flatMap(([, pair]) => files(pair));
    expect(others).toHaveLength(8);
    expect(requested).toEqual(
      expect.arrayContaining([...files(manifest.wide), ...files(manifest.regions.kaufbeuren)]),
    );
    expect(requested.filter((p) => others.includes(p))).toEqual([]);

    await srv.stop();
    await results.goto('/results?region=kaufbeuren&q=hebamme');
    await results.status().waitFor();
    expect(await results.resultNames()).toEqual(online);
    expect(requested.filter((p) => others.includes(p))).toEqual([]);
  }, 60_000);
});
