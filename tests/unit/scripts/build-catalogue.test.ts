import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  assembleCatalogue,
  contentHash,
  indexFor,
  publishCatalogue,
} from '../../../scripts/build-catalogue.ts';
import {
  LOCAL_REGION_IDS,
  parseCatalogue,
  parseManifest,
  parseRegionCatalogue,
} from '../../../src/catalogue/index.ts';
import { catalogueFile, copyData, editOffer, removeCopies } from './catalogue-fixture.ts';

const TODAY = '2026-11-25';
const BUILT = '2026-11-25T12:00:00.000Z';

afterEach(removeCopies);

function outDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-build-'));
}

describe('build-catalogue', { timeout: 60_000 }, () => {
  it('publishes a hashed catalogue the app can parse, with a manifest naming it', () => {
    const out = outDir();
    const body = assembleCatalogue(TODAY, BUILT, copyData());
    const manifest = publishCatalogue(out, body, indexFor(body));
    const read = (file: string) => JSON.parse(fs.readFileSync(path.join(out, 'catalogue', file), 'utf8'));
    expect(parseManifest(read('manifest.json'))).toEqual(manifest);
    expect(read('build.json')).toEqual(read('manifest.json'));
    const wide = parseCatalogue(read(manifest.wide.catalogue));
    expect(Object.keys(manifest.regions).sort()).toEqual(LOCAL_REGION_IDS.slice().sort());
    const regions = Object.values(manifest.regions).map((f) => parseRegionCatalogue(read(f.catalogue)));
    const ids = new Set([...wide.offers, ...regions.flatMap((r) => r.offers)].map((o) => o.id));
    expect(ids.size).toBe(99);
    expect(Object.keys(manifest.offers)).toHaveLength(99);
    // Wide-area offers serve no local region; every region pair holds exactly the offers serving it.
    for (const o of wide.offers)
      expect(o.areas.some((a) => (LOCAL_REGION_IDS as readonly string[]).includes(a))).toBe(false);
    for (const r of regions) for (const o of r.offers) expect(o.areas).toContain(r.region);
    expect(manifest.offers['koki-ostallgaeu']).toEqual(['ostallgaeu']);
    for (const f of [manifest.wide, ...Object.values(manifest.regions)]) {
      expect(f.catalogue).toMatch(/^catalogue\.[0-9a-f]{12}\.json$/);
      expect(f.index).toMatch(/^index\.[0-9a-f]{12}\.json$/);
      expect(read(f.index).docs).toHaveLength(f.count);
    }
  });

  it('indexes every offer but one whose end_date has come, which stays viewable by its id', () => {
    const data = copyData();
    let ended = '';
    editOffer(data, 'ostallgaeu', 0, (o) => {
      ended = String(Object.assign(o, { end_date: '2026-11-24' }).id);
    });
    const body = assembleCatalogue(TODAY, BUILT, data);
    const { docs } = indexFor(body, data);
    expect(body.offers.map((o) => o.id)).toContain(ended);
    expect(docs).not.toContain(ended);
    expect(docs).toHaveLength(body.offers.length - 1);
  });

  it('gives the same hash for the same data, whatever the build time', () => {
    const data = copyData();
    const bodyA = assembleCatalogue(TODAY, BUILT, data);
    const bodyB = assembleCatalogue(TODAY, '2030-01-01T00:00:00.000Z', data);
    const a = publishCatalogue(outDir(), bodyA, indexFor(bodyA, data));
    const b = publishCatalogue(outDir(), bodyB, indexFor(bodyB, data));
    expect(a.hash).toBe(b.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(contentHash('x')).not.toBe(contentHash('y'));
  });

  it.each([
    [
      'a duplicated id',
      (dir: string) =>
        editOffer(dir, 'ostallgaeu', 0, (o) => Object.assign(o, { id: 'koki-stadt-kaufbeuren' })),
    ],
    [
      'an unknown field',
      (dir: string) => editOffer(dir, 'kaufbeuren', 0, (o) => Object.assign(o, { fax: '1' })),
    ],
    [
      'a phone number that is not one',
      (dir: string) =>
        editOffer(dir, 'ostallgaeu', 0, (o) =>
          Object.assign(o, { phones: [{ number: '+4912', display: '012' }] }),
        ),
    ],
    ['an empty catalogue file', (dir: string) => fs.writeFileSync(catalogueFile(dir, 'gummersbach'), '')],
    [
      'a non-JSON catalogue file',
      (dir: string) => fs.writeFileSync(catalogueFile(dir, 'gummersbach'), '{"offers": ['),
    ],
  ])('refuses to publish a catalogue with %s, naming the problem', (_label, breakIt) => {
    const data = copyData();
    breakIt(data);
    expect(() => assembleCatalogue(TODAY, BUILT, data)).toThrow(
      /nothing was published:\ndata|nothing was published:\n\S+\.json: /,
    );
  });
});
