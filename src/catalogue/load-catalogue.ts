import type { FetchJson } from './fetch-json.ts';
import type { IndexPart, PackedIndex, WideIndexPart } from './index-format.ts';
import { mergeIndexes } from './merge-index.ts';
import { nextTask } from './next-task.ts';
import { parseCatalogue, parseManifest, parseRegionCatalogue } from './parse-catalogue.ts';
import { parseIndexPart, parseWideIndex } from './parse-index.ts';
import type { Catalogue, CatalogueManifest, PairFiles, RegionCatalogue } from './types.ts';

/** The merged catalogue and index of the pairs loaded (wide-area + `regions`), and the manifest naming them. */
export interface LoadedCatalogue {
  catalogue: Catalogue;
  index: PackedIndex;
  manifest: CatalogueManifest;
  /** Region ids whose pairs are merged in (wide-area always is). */
  regions: string[];
}

/** A region whose pair could not be loaded, and why. */
export interface RegionFailure {
  region: string;
  /** `unknown`: the manifest names no such region; `failed`: its files could not be loaded or read. */
  kind: 'unknown' | 'failed';
  message: string;
}

interface RegionPair {
  catalogue: RegionCatalogue;
  index: IndexPart;
}

/** Merges wide-area and region catalogues: regions and taxonomy once, offers and providers deduped by id. */
export function mergeCatalogues(wide: Catalogue, parts: readonly RegionCatalogue[], hash: string): Catalogue {
  const offers = new Map(wide.offers.map((o) => [o.id, o]));
  const organizations = new Map(wide.organizations.map((o) => [o.id, o]));
  for (const part of parts) {
    for (const o of part.offers) offers.set(o.id, o);
    for (const o of part.organizations) organizations.set(o.id, o);
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    ...wide,
    hash,
    organizations: [...organizations.values()].sort(byId),
    offers: [...offers.values()].sort(byId),
  };
}

/** Fetches one file the manifest names; a missing or unreadable file is named in the error. */
async function named<T>(
  fetchJson: FetchJson,
  base: string,
  file: string,
  parse: (v: unknown) => T,
): Promise<T> {
  try {
    const raw = await fetchJson(`${base}${file}`);
    // Each file is read in a task of its own (the wide-area index alone is a long one on a phone).
    await nextTask();
    return parse(raw);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`catalogue file ${file} named by the manifest could not be loaded: ${why}`);
  }
}

/** A catalogue file is named by its content hash: a file holding other data is refused (a mixed-up deploy). */
function checkHash<T extends { hash: string }>(files: PairFiles, catalogue: T): T {
  if (files.catalogue !== `catalogue.${catalogue.hash}.json`) {
    throw new Error(
      `catalogue file ${files.catalogue} holds catalogue ${catalogue.hash}: it does not match the manifest`,
    );
  }
  return catalogue;
}

async function fetchPair(fetchJson: FetchJson, base: string, files: PairFiles): Promise<RegionPair> {
  const [catalogue, index] = await Promise.all([
    named(fetchJson, base, files.catalogue, parseRegionCatalogue),
    named(fetchJson, base, files.index, parseIndexPart),
  ]);
  return { catalogue: checkHash(files, catalogue), index };
}

/**
 * Loads the catalogue pair by pair: the manifest and wide-area pair once per load, each region's pair on first
 * request. `load(ids)` merges wide-area with the given regions; a region that is unknown or fails to load is
 * reported in `failed` and the others are still merged, so the family's own region keeps working.
 */
export function createCatalogueLoader(
  fetchJson: FetchJson,
  base = '/catalogue/',
  manifestFile = 'manifest.json',
) {
  let wide: Promise<{ manifest: CatalogueManifest; catalogue: Catalogue; index: WideIndexPart }> | null =
    null;
  const pairs = new Map<string, Promise<RegionPair>>();
  const loadWide = async () => {
    const manifest = parseManifest(await fetchJson(`${base}${manifestFile}`));
    const [catalogue, index] = await Promise.all([
      named(fetchJson, base, manifest.wide.catalogue, parseCatalogue),
      named(fetchJson, base, manifest.wide.index, parseWideIndex),
    ]);
    return { manifest, catalogue: checkHash(manifest.wide, catalogue), index };
  };
  return async (ids: readonly string[]): Promise<LoadedCatalogue & { failed: RegionFailure[] }> => {
    // A failed start (offline, a missing file) is tried again on the next load instead of being kept.
    wide ??= loadWide().catch((error: unknown) => {
      wide = null;
      throw error;
    });
    const { manifest, catalogue, index } = await wide;
    const failed: RegionFailure[] = [];
    const loaded: { id: string; pair: RegionPair }[] = [];
    for (const id of [...new Set(ids)].sort()) {
      const files = manifest.regions[id];
      if (!files) {
        failed.push({ region: id, kind: 'unknown', message: `no region "${id}" in this catalogue` });
        continue;
      }
      const pending = pairs.get(id) ?? fetchPair(fetchJson, base, files);
      pairs.set(id, pending);
      try {
        loaded.push({ id, pair: await pending });
      } catch (error) {
        pairs.delete(id);
        failed.push({
          region: id,
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return { ...(await mergePairs({ manifest, catalogue, index }, loaded)), failed };
  };
}

/** Wide-area merged with the loaded regions' pairs: catalogue, then index, each in a task of its own. */
async function mergePairs(
  wide: { manifest: CatalogueManifest; catalogue: Catalogue; index: WideIndexPart },
  loaded: { id: string; pair: RegionPair }[],
): Promise<LoadedCatalogue> {
  await nextTask();
  const catalogue = mergeCatalogues(
    wide.catalogue,
    loaded.map((l) => l.pair.catalogue),
    wide.manifest.hash,
  );
  await nextTask();
  const index = mergeIndexes(
    wide.index,
    loaded.map((l) => l.pair.index),
  );
  return { catalogue, index, manifest: wide.manifest, regions: loaded.map((l) => l.id) };
}

/** Loads wide-area and every region of the manifest, merged: what the CLI, eval and bench search. */
export async function loadCatalogue(
  fetchJson: FetchJson,
  base = '/catalogue/',
  manifestFile = 'manifest.json',
): Promise<LoadedCatalogue> {
  const manifest = parseManifest(await fetchJson(`${base}${manifestFile}`));
  const { failed, ...loaded } = await createCatalogueLoader(
    fetchJson,
    base,
    manifestFile,
  )(Object.keys(manifest.regions));
  if (failed.length > 0) throw new Error(failed.map((f) => f.message).join('; '));
  return loaded;
}
