/** The catalogue loader on the real build's split: which files a family fetches, and each kind of bad input. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogueManifest, type FetchJson, parseManifest } from '../../../src/catalogue/index.ts';
import { createCatalogueLoader, loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import { builtOnce, removeBuilt } from '../scripts/built-fixture.ts';

let dir: string;
let manifest: CatalogueManifest;
beforeAll(() => {
  dir = path.join(builtOnce().publicDir, 'catalogue');
  manifest = parseManifest(JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')));
}, 60_000);
afterAll(removeBuilt);

/** The built files over a fake network that records each request; `broken` files answer 404. */
function network(broken: string[] = []) {
  const requests: string[] = [];
  const fetchJson: FetchJson = async (url) => {
    const file = url.slice('/catalogue/'.length);
    requests.push(file);
    if (broken.includes(file)) throw new Error(`${url}: HTTP 404`);
    return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  };
  return { requests, fetchJson };
}

const pairOf = (id: string) => {
  const files = manifest.regions[id];
  if (!files) throw new Error(`no ${id}`);
  return [files.catalogue, files.index];
};

describe('createCatalogueLoader', () => {
  it('reads each file and merges in tasks of their own, so a tap can be answered in between', async () => {
    const { fetchJson } = network();
    // The tasks that ran while the load was under way: a tap, a paint, anything else in the queue.
    let between = 0;
    let loading = true;
    const tick = () => {
      if (!loading) return;
      between += 1;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    await createCatalogueLoader(fetchJson)(['kaufbeuren']);
    loading = false;
    // The wide-area pair is read, then Kaufbeuren's (each pair's two files in parallel, each in a task of its own),
    // then the catalogues are merged, then the indexes: four turns of the queue at least. Without the yields, none.
    expect(between).toBeGreaterThanOrEqual(4);
  });

  it('fetches the manifest, the wide-area pair and the kaufbeuren pair only, and merges them', async () => {
    const { requests, fetchJson } = network();
    const loaded = await createCatalogueLoader(fetchJson)(['kaufbeuren']);
    expect(requests.sort()).toEqual(
      ['manifest.json', manifest.wide.catalogue, manifest.wide.index, ...pairOf('kaufbeuren')].sort(),
    );
    expect(loaded.regions).toEqual(['kaufbeuren']);
    expect(loaded.failed).toEqual([]);
    expect(loaded.catalogue.hash).toBe(manifest.hash);
    const expected = Object.entries(manifest.offers).filter(([, where]) =>
      where.some((w) => w === 'wide' || w === 'kaufbeuren'),
    );
    expect(loaded.catalogue.offers.map((o) => o.id).sort()).toEqual(expected.map(([id]) => id).sort());
    expect(loaded.index.docs.length).toBe(loaded.catalogue.offers.length);
  });

  it('fetches a region once however often it is asked for', async () => {
    const { requests, fetchJson } = network();
    const load = createCatalogueLoader(fetchJson);
    await load(['kaufbeuren']);
    await load(['kaufbeuren', 'ostallgaeu']);
    expect(requests.filter((r) => pairOf('kaufbeuren').includes(r))).toHaveLength(2);
    expect(requests.filter((r) => r === 'manifest.json')).toHaveLength(1);
  });

  it('reports a region id that does not exist and still merges the family’s own region', async () => {
    const { fetchJson } = network();
    const loaded = await createCatalogueLoader(fetchJson)(['atlantis', 'kaufbeuren']);
    expect(loaded.failed).toEqual([
      { region: 'atlantis', kind: 'unknown', message: 'no region "atlantis" in this catalogue' },
    ]);
    expect(loaded.regions).toEqual(['kaufbeuren']);
  });

  it('reports a neighbour whose pair fails to download, keeps the own region, and tries again next time', async () => {
    const [, ostIndex] = pairOf('ostallgaeu');
    const broken = [ostIndex ?? ''];
    const { fetchJson } = network(broken);
    const load = createCatalogueLoader(fetchJson);
    const loaded = await load(['kaufbeuren', 'ostallgaeu']);
    expect(loaded.regions).toEqual(['kaufbeuren']);
    expect(loaded.failed).toHaveLength(1);
    expect(loaded.failed[0]).toMatchObject({ region: 'ostallgaeu', kind: 'failed' });
    expect(loaded.failed[0]?.message).toContain(
      `catalogue file ${ostIndex} named by the manifest could not be loaded`,
    );
    broken.pop();
    expect((await load(['kaufbeuren', 'ostallgaeu'])).regions).toEqual(['kaufbeuren', 'ostallgaeu']);
  });

  it('names the missing file when the manifest names a wide-area file that is not there', async () => {
    const { fetchJson } = network([manifest.wide.catalogue]);
    await expect(createCatalogueLoader(fetchJson)(['kaufbeuren'])).rejects.toThrow(
      `catalogue file ${manifest.wide.catalogue} named by the manifest could not be loaded: /catalogue/${manifest.wide.catalogue}: HTTP 404`,
    );
  });

  it('refuses a catalogue file whose content hash is not the one its name says', async () => {
    const { fetchJson } = network();
    // Another build's wide-area catalogue under this build's name.
    const swapped: FetchJson = async (url) => {
      const json = await fetchJson(url);
      return url.endsWith(manifest.wide.catalogue) ? { ...(json as object), hash: '000000000000' } : json;
    };
    await expect(createCatalogueLoader(swapped)([])).rejects.toThrow('does not match the manifest');
  });

  it('loadCatalogue merges every region: what the CLI, eval and bench search', async () => {
    const { fetchJson } = network();
    const loaded = await loadCatalogue(fetchJson);
    expect(loaded.regions.sort()).toEqual(Object.keys(manifest.regions).sort());
    expect(loaded.catalogue.offers).toHaveLength(manifest.count);
    expect(loaded.index.elsewhere).toBeUndefined();
  });
});

describe('parseManifest', () => {
  it.each([
    ['without a count', { count: undefined }, '/count'],
    ['without a wide-area pair', { wide: undefined }, '/wide'],
    [
      'with a region pair without an index',
      { regions: { kaufbeuren: { catalogue: 'c', count: 1 } } },
      '/regions/kaufbeuren/index',
    ],
    ['with an offer map that is not lists of pairs', { offers: { a: 'wide' } }, '/offers/a'],
  ])('rejects a manifest %s', (_name, change, pointer) => {
    expect(() => parseManifest({ ...manifest, ...change })).toThrow(`catalogue ${pointer}`);
  });
});
