import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  benchNational,
  missedTargets,
  type NationalResult,
  sampleRegions,
} from '../../../scripts/bench-national.ts';
import { type BuiltCatalogue, loadBuiltCatalogue } from '../../../scripts/lib/built-catalogue.ts';
import { buildSplit, commonDownload, gzBytes } from '../../../scripts/lib/national-measure.ts';
import { prng } from '../../../scripts/lib/synthetic.ts';
import { regionSizes, syntheticGermany } from '../../../scripts/lib/synthetic-germany.ts';
import { LOCAL_REGION_IDS } from '../../../src/catalogue/types.ts';
import { builtOnce, removeBuilt } from './built-fixture.ts';

let built: BuiltCatalogue;
// Builds the whole catalogue first: a minute, as build-catalogue's tests have, not the 10 s hook default.
beforeAll(async () => {
  built = await loadBuiltCatalogue(builtOnce(), () => {});
}, 60_000);
afterAll(removeBuilt);

const TINY = { regions: 6, offers: 300 };

describe('synthetic Germany (bench:national)', () => {
  it('is the same, byte for byte, for the same seed, and differs for another', () => {
    const a = JSON.stringify(syntheticGermany(built.catalogue.offers, TINY));
    expect(JSON.stringify(syntheticGermany(built.catalogue.offers, TINY))).toBe(a);
    expect(JSON.stringify(syntheticGermany(built.catalogue.offers, { ...TINY, seed: 16 }))).not.toBe(a);
  });

  it('has the regions asked for, at least the offers asked for, each offer once and in its own region', () => {
    const { wide, regions } = syntheticGermany(built.catalogue.offers, TINY);
    expect(regions).toHaveLength(6);
    const local = regions.flatMap((r) => r.offers);
    expect(local.length).toBeGreaterThanOrEqual(300);
    const ids = [...wide, ...local].map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(regions.map((r) => r.id)).size).toBe(6);
    for (const r of regions) {
      expect(LOCAL_REGION_IDS).not.toContain(r.id);
      const towns = r.places.map((p) => p.name);
      for (const o of r.offers) {
        expect(o.areas).toEqual([r.id]);
        expect(o.service_areas).toEqual([r.info.code]);
        for (const l of o.locations) expect(towns).toContain(l.address.city);
      }
    }
  });

  it('keeps the real wide-area offers as they are and grows no local offer from them', () => {
    const { wide } = syntheticGermany(built.catalogue.offers, TINY);
    const real = built.catalogue.offers.filter((o) =>
      o.areas.every((a) => a === 'bayern' || a === 'deutschland'),
    );
    expect(wide).toEqual(real);
  });

  it('sizes regions skewed: most 40–90 offers, a few cities of hundreds, scaled up to the total', () => {
    const sizes = regionSizes(400, 30000, prng(15));
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(30000);
    const small = sizes.filter((n) => n <= 100).length;
    expect(small / sizes.length).toBeGreaterThan(0.85);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(200);
  });

  it('samples the asked number of regions, always with the largest', () => {
    const s = sampleRegions(50, 10, 37);
    expect(s).toHaveLength(10);
    expect(s).toContain(37);
    expect(sampleRegions(5, 10, 0)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('bench:national result', () => {
  it('is one object with exactly the keys of the issue, measured on a tiny Germany', async () => {
    const r = await benchNational(built.catalogue, { ...TINY, sample: 2, reps: 1 });
    expect(Object.keys(r)).toEqual([
      'offers',
      'regions',
      'payload_kb_gz',
      'service_worker_kb_gz',
      'load_ms',
      'search_p95_ms',
    ]);
    expect(Object.keys(r.payload_kb_gz)).toEqual(['p50', 'p95', 'max']);
    expect(Object.keys(r.load_ms)).toEqual(['p50', 'p95']);
    expect(r.regions).toBe(6);
    const wide = built.catalogue.offers.filter((o) =>
      o.areas.every((a) => a === 'bayern' || a === 'deutschland'),
    );
    expect(r.offers).toBeGreaterThanOrEqual(300 + wide.length);
    expect(r.payload_kb_gz.p50).toBeGreaterThan(0);
    expect(r.payload_kb_gz.max).toBeGreaterThanOrEqual(r.payload_kb_gz.p95);
    // Every family's payload counts what the service worker downloads too.
    expect(r.service_worker_kb_gz).toBeGreaterThan(0);
    expect(r.payload_kb_gz.p50).toBeGreaterThan(r.service_worker_kb_gz);
    expect(r.load_ms.p95).toBeGreaterThan(0);
    expect(r.search_p95_ms).toBeGreaterThan(0);
  }, 60_000);

  it('counts the service worker’s precache: the wide-area pair and build.json, not one region’s pair', async () => {
    const germany = syntheticGermany(built.catalogue.offers, TINY);
    const split = buildSplit(
      built.catalogue,
      germany,
      built.catalogue.regions.filter((r) => r.kind === 'wide'),
    );
    const { precached, serviceWorker } = await commonDownload(split, built.catalogue);
    expect(precached).toHaveLength(3);
    expect(precached).toContain('catalogue/build.json');
    const regionHashes = Object.values(split.regions).map((p) => p.hash);
    expect(precached.filter((f) => regionHashes.some((h) => f.includes(h)))).toEqual([]);
    expect(serviceWorker).toBeGreaterThanOrEqual(gzBytes(split.wide));
  }, 60_000);

  it('names each missed target and none when all are met', () => {
    const ok: NationalResult = {
      offers: 30000,
      regions: 400,
      payload_kb_gz: { p50: 80, p95: 150, max: 300 },
      service_worker_kb_gz: 20,
      load_ms: { p50: 10, p95: 50 },
      search_p95_ms: 10,
    };
    expect(missedTargets(ok)).toEqual([]);
    const bad = { ...ok, payload_kb_gz: { ...ok.payload_kb_gz, p95: 151 }, search_p95_ms: 11 };
    expect(missedTargets(bad)).toEqual(['payload p95 151 KB > 150 KB', 'search p95 11 ms > 10 ms']);
    expect(missedTargets({ ...ok, load_ms: { p50: 1, p95: 51 } })).toEqual(['load p95 51 ms > 50 ms']);
  });
});
