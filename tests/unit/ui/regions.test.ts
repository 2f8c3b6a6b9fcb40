/** The app state's region loading (src/ui/regions.ts) with an injected loader: what it asks for and bad input. */
import { describe, expect, it } from 'vitest';
import type {
  CatalogueCache,
  LoadedCatalogue,
  RegionFailure,
  Snapshot,
} from '../../../src/catalogue/index.ts';
import { createAppState } from '../../../src/ui/app-state.ts';
import { loadedAll, makeCatalogue, makeOffer } from '../../fixtures/builders.ts';
import { memoryStore } from '../../fixtures/render-app.tsx';

const whole = loadedAll(makeCatalogue([makeOffer({ id: 'a' })], { hash: 'h1' }));

/** A loader that merges nothing but says which regions it merged; `bad` regions fail, unknown ids are reported. */
function fakeLoader(bad: string[] = []) {
  const calls: string[][] = [];
  const load = async (ids: readonly string[]): Promise<LoadedCatalogue & { failed: RegionFailure[] }> => {
    calls.push([...ids]);
    const failed: RegionFailure[] = ids
      .filter((id) => bad.includes(id) || !whole.manifest.regions[id])
      .map((region) => ({ region, kind: bad.includes(region) ? 'failed' : 'unknown', message: region }));
    const regions = ids.filter((id) => !failed.some((f) => f.region === id)).sort();
    return { ...whole, regions, failed };
  };
  return { calls, load };
}

function recordingCache(): CatalogueCache & { writes: string[][] } {
  const writes: string[][] = [];
  return {
    writes,
    read: async () => undefined,
    write: async (s: Snapshot) => void writes.push(s.regions),
    reset: async () => undefined,
  };
}

const ready = (state: ReturnType<typeof createAppState>) =>
  state.catalogue.value.status === 'ready' ? state.catalogue.value.regions : null;

describe('needRegions', () => {
  it('starts with wide-area only, then fetches the family’s region once and keeps it in the cache', async () => {
    const { calls, load } = fakeLoader();
    const cache = recordingCache();
    const state = createAppState({ loadCatalogue: load, savedStore: memoryStore(), catalogueCache: cache });
    await state.start();
    expect(ready(state)).toEqual([]);
    await state.needRegions(['kaufbeuren']);
    await state.needRegions(['kaufbeuren']);
    expect(ready(state)).toEqual(['kaufbeuren']);
    expect(calls).toEqual([[], ['kaufbeuren']]);
    expect(cache.writes).toEqual([[], ['kaufbeuren']]);
  });

  it('asks for a region wanted before the catalogue arrived in the start’s own load', async () => {
    const { calls, load } = fakeLoader();
    const state = createAppState({ loadCatalogue: load, savedStore: memoryStore() });
    void state.needRegions(['ostallgaeu']);
    await state.start();
    expect(calls).toEqual([['ostallgaeu']]);
    expect(ready(state)).toEqual(['ostallgaeu']);
  });

  it('reports a neighbour that fails to download once, keeps the own region, and does not ask again', async () => {
    const { calls, load } = fakeLoader(['ostallgaeu']);
    const state = createAppState({ loadCatalogue: load, savedStore: memoryStore() });
    await state.start();
    await state.needRegions(['kaufbeuren']);
    await state.needRegions(['ostallgaeu']);
    await state.needRegions(['ostallgaeu']);
    expect(ready(state)).toEqual(['kaufbeuren']);
    expect(state.regionProblems.value.map((p) => `${p.region} ${p.kind}`)).toEqual(['ostallgaeu failed']);
    expect(calls).toHaveLength(3);
    // A later region is fetched without the failed one: a broken neighbour is not retried on every load.
    await state.needRegions(['coburg-stadt']);
    expect(calls.at(-1)).toEqual(['kaufbeuren', 'coburg-stadt']);
  });

  it('reports a region id that does not exist and goes on with what it has', async () => {
    const { load } = fakeLoader();
    const state = createAppState({ loadCatalogue: load, savedStore: memoryStore() });
    await state.start();
    await state.needRegions(['kaufbeuren']);
    await state.needRegions(['atlantis']);
    expect(ready(state)).toEqual(['kaufbeuren']);
    expect(state.regionProblems.value.map((p) => `${p.region} ${p.kind}`)).toEqual(['atlantis unknown']);
  });

  it('falls back to the build’s own catalogue when the manifest names a missing file', async () => {
    const { calls, load } = fakeLoader();
    const missing = async () => {
      throw new Error(
        'catalogue file catalogue.abc.json named by the manifest could not be loaded: HTTP 404',
      );
    };
    const state = createAppState({
      loadCatalogue: missing,
      loadBuiltCatalogue: load,
      savedStore: memoryStore(),
      catalogueCache: recordingCache(),
    });
    await state.start();
    await state.needRegions(['kaufbeuren']);
    expect(ready(state)).toEqual(['kaufbeuren']);
    expect(calls).toEqual([[], ['kaufbeuren']]);
  });

  it('fetches the region of the questionnaire’s place answer as soon as it is given', async () => {
    const { calls, load } = fakeLoader();
    const state = createAppState({ loadCatalogue: load, savedStore: memoryStore() });
    await state.start();
    state.answers.value = { place: { region: 'ostallgaeu', text: 'Buchloe' } };
    await state.needRegions([]);
    expect(calls).toEqual([[], ['ostallgaeu']]);
    expect(ready(state)).toEqual(['ostallgaeu']);
  });

  it('writes nothing to the device during a home visit', async () => {
    const { load } = fakeLoader();
    const cache = recordingCache();
    const state = createAppState({ loadCatalogue: load, savedStore: memoryStore(), catalogueCache: cache });
    await state.start();
    state.visit.value = 'on';
    await state.needRegions(['kaufbeuren']);
    expect(ready(state)).toEqual(['kaufbeuren']);
    expect(cache.writes).toEqual([[]]);
  });
});
