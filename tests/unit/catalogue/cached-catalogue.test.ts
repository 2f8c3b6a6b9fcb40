import { describe, expect, it } from 'vitest';
import { loadCachedCatalogue, saveSnapshot } from '../../../src/catalogue/cached-catalogue.ts';
import type {
  CatalogueCache,
  CatalogueUpdate,
  LoadedCatalogue,
  RegionFailure,
  Snapshot,
} from '../../../src/catalogue/index.ts';
import { loadedAll, makeCatalogue, makeOffer, makePackedIndex } from '../../fixtures/builders.ts';

const v1: LoadedCatalogue = loadedAll(
  makeCatalogue([makeOffer({ id: 'a' })], { hash: 'aaaa' }),
  makePackedIndex({ docs: ['a'] }),
);
const v2: LoadedCatalogue = loadedAll(
  makeCatalogue([makeOffer({ id: 'b' })], { hash: 'bbbb' }),
  makePackedIndex({ docs: ['b'] }),
);
const snap = (l: LoadedCatalogue): Snapshot => ({
  hash: l.catalogue.hash,
  catalogue: l.catalogue,
  index: l.index,
  manifest: l.manifest,
  regions: l.regions,
  savedAt: 'x',
});

function memoryCache(initial?: unknown, broken = false) {
  const state = { stored: initial as Snapshot | undefined, resets: 0, writes: 0 };
  const cache: CatalogueCache = {
    read: async () => {
      if (broken) throw new Error('corrupt database');
      return state.stored;
    },
    write: async (s) => {
      state.stored = s;
      state.writes += 1;
    },
    reset: async () => {
      state.resets += 1;
      broken = false;
      state.stored = undefined;
    },
  };
  return { cache, state };
}

async function run(
  fresh: () => Promise<LoadedCatalogue>,
  cache: CatalogueCache,
  fallback?: () => Promise<LoadedCatalogue>,
) {
  const updates: CatalogueUpdate[] = [];
  await loadCachedCatalogue(fresh, cache, (u) => updates.push(u), fallback ? { fallback } : {});
  return updates.map((u) => `${u.catalogue.hash} ${u.origin}${u.stale ? ' stale' : ''}`);
}

const truncated = async (): Promise<LoadedCatalogue> => {
  throw new SyntaxError('Unexpected end of JSON input');
};

describe('loadCachedCatalogue', () => {
  it('shows the stored copy at once, then the fresh one, and stores the fresh one', async () => {
    const { cache, state } = memoryCache(snap(v1));
    expect(await run(async () => v2, cache)).toEqual(['aaaa cache', 'bbbb network']);
    expect(state.stored?.hash).toBe('bbbb');
  });

  it('reports the very same catalogue object again when the download has the same hash', async () => {
    const { cache } = memoryCache(snap(v1));
    const updates: CatalogueUpdate[] = [];
    const again: LoadedCatalogue = loadedAll({ ...v1.catalogue }, makePackedIndex({ docs: ['a'] }));
    await loadCachedCatalogue(
      async () => again,
      cache,
      (u) => updates.push(u),
    );
    expect(updates.map((u) => u.origin)).toEqual(['cache', 'network']);
    expect(updates[1]?.catalogue).toBe(updates[0]?.catalogue);
  });

  it('does not rewrite the store when nothing changed', async () => {
    const { cache, state } = memoryCache(snap(v1));
    await run(async () => v1, cache);
    expect(state.writes).toBe(0);
  });

  it('keeps the last good copy when the download is truncated, and says it is a stored copy', async () => {
    const { cache, state } = memoryCache(snap(v1));
    expect(await run(truncated, cache)).toEqual(['aaaa cache', 'aaaa cache stale']);
    expect(state.stored?.hash).toBe('aaaa');
  });

  it('ignores garbage in the store and rebuilds it from the build when the network fails too', async () => {
    const { cache, state } = memoryCache({ hash: 'zz', catalogue: 'garbage', index: null, savedAt: 'x' });
    expect(await run(truncated, cache, async () => v1)).toEqual(['aaaa cache stale']);
    expect(state.stored?.hash).toBe('aaaa');
  });

  it('treats a stored copy whose index no longer parses as no copy at all', async () => {
    const { cache } = memoryCache({ ...snap(v1), index: { version: 1 } });
    expect(await run(async () => v2, cache)).toEqual(['bbbb network']);
  });

  it('resets a database that cannot be read at all', async () => {
    const { cache, state } = memoryCache(undefined, true);
    expect(await run(async () => v2, cache)).toEqual(['bbbb network']);
    expect(state.resets).toBe(1);
    expect(state.stored?.hash).toBe('bbbb');
  });

  it('stores the fresh copy only after yielding, so the reported screen paints first', async () => {
    const { cache, state } = memoryCache(snap(v1));
    const log: string[] = [];
    const { write } = cache;
    cache.write = async (s) => {
      log.push('write');
      await write(s);
    };
    await loadCachedCatalogue(
      async () => v2,
      cache,
      (u) => log.push(`report ${u.catalogue.hash}`),
      {
        yieldToMain: async () => {
          log.push('yield');
        },
      },
    );
    expect(log).toEqual(['report aaaa', 'report bbbb', 'yield', 'write']);
    expect(state.stored?.hash).toBe('bbbb');
  });

  it('fails only when there is nothing at all to show', async () => {
    const { cache } = memoryCache();
    await expect(run(truncated, cache)).rejects.toThrow('Unexpected end of JSON input');
  });

  it('keeps the stored regions when a newer catalogue cannot bring one of them (offline, its files not cached)', async () => {
    const { cache, state } = memoryCache(snap({ ...v1, regions: ['kaufbeuren', 'ostallgaeu'] }));
    const lost: RegionFailure = { region: 'ostallgaeu', kind: 'failed', message: 'offline' };
    const partial = async () => ({ ...v2, regions: ['kaufbeuren'], failed: [lost] });
    const updates: CatalogueUpdate[] = [];
    await loadCachedCatalogue(partial, cache, (u) => updates.push(u));
    expect(updates.map((u) => [u.catalogue.hash, u.origin, u.stale, u.regions, u.failed])).toEqual([
      ['aaaa', 'cache', false, ['kaufbeuren', 'ostallgaeu'], undefined],
      ['aaaa', 'cache', true, ['kaufbeuren', 'ostallgaeu'], undefined],
    ]);
    expect(state.writes).toBe(0);
  });

  it('takes the newer catalogue when a stored region is no longer in it at all', async () => {
    const { cache, state } = memoryCache(snap({ ...v1, regions: ['kaufbeuren', 'gone'] }));
    const gone: RegionFailure = { region: 'gone', kind: 'unknown', message: 'no region "gone"' };
    expect(await run(async () => ({ ...v2, regions: ['kaufbeuren'], failed: [gone] }), cache)).toEqual([
      'aaaa cache',
      'bbbb network',
    ]);
    expect(state.stored?.regions).toEqual(['kaufbeuren']);
  });
});

describe('saveSnapshot', () => {
  it('drops the cached files of older catalogues once the newer one is stored, keeping every file it names', async () => {
    const { cache } = memoryCache();
    const kept: string[][] = [];
    cache.prune = async (keep) => void kept.push([...keep]);
    const manifest = {
      ...v2.manifest,
      wide: { catalogue: 'catalogue.w2.json', index: 'index.w2.json', count: 1 },
      regions: { k: { catalogue: 'catalogue.k2.json', index: 'index.k2.json', count: 1 } },
    };
    await saveSnapshot(cache, { ...v2, manifest }, new Date(0));
    expect(kept).toEqual([['catalogue.w2.json', 'index.w2.json', 'catalogue.k2.json', 'index.k2.json']]);
  });

  it('drops nothing when the newer catalogue could not be stored', async () => {
    const { cache } = memoryCache();
    const kept: string[][] = [];
    cache.write = async () => {
      throw new Error('quota');
    };
    cache.prune = async (keep) => void kept.push([...keep]);
    await saveSnapshot(cache, v2, new Date(0));
    expect(kept).toEqual([]);
  });
});
