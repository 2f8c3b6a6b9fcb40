import type { CatalogueCache } from './cache.ts';
import type { loadCachedCatalogue, saveSnapshot } from './cached-catalogue.ts';
import type { FetchJson } from './fetch-json.ts';
import type { LoadedCatalogue, RegionFailure } from './load-catalogue.ts';

/*
 * The catalogue's loading code behind dynamic imports: parsing, the merge of region pairs and the cache's
 * snapshots load in their own chunks when the catalogue is first read (after the first paint, see boot.tsx),
 * so the first bundle does not carry them.
 */

/** createCatalogueLoader, imported on first use. */
export function lazyCatalogueLoader(
  fetchJson: FetchJson,
  base = '/catalogue/',
  manifestFile = 'manifest.json',
) {
  let loader: Promise<
    (ids: readonly string[]) => Promise<LoadedCatalogue & { failed: RegionFailure[] }>
  > | null = null;
  return async (ids: readonly string[]) => {
    loader ??= import('./load-catalogue.ts').then((m) =>
      m.createCatalogueLoader(fetchJson, base, manifestFile),
    );
    return (await loader)(ids);
  };
}

/** loadCachedCatalogue, imported on first use. */
export async function loadCachedCatalogueLazily(
  ...args: Parameters<typeof loadCachedCatalogue>
): ReturnType<typeof loadCachedCatalogue> {
  return (await import('./cached-catalogue.ts')).loadCachedCatalogue(...args);
}

/** saveSnapshot, imported on first use. */
export async function saveSnapshotLazily(
  cache: CatalogueCache,
  loaded: LoadedCatalogue,
  now: Date,
): ReturnType<typeof saveSnapshot> {
  return (await import('./cached-catalogue.ts')).saveSnapshot(cache, loaded, now);
}
