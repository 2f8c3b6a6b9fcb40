import type { CatalogueCache, Snapshot } from './cache.ts';
import type { LoadedCatalogue, RegionFailure } from './load-catalogue.ts';
import { nextTask } from './next-task.ts';
import { parseCatalogue, parseManifest } from './parse-catalogue.ts';
import { parseSearchIndex } from './parse-index.ts';
import { strings } from './parse-json.ts';

export type Origin = 'network' | 'cache';

export interface CatalogueUpdate extends LoadedCatalogue {
  origin: Origin;
  /** True when the newest data could not be fetched and the shown data is the last good copy. */
  stale: boolean;
  /** Regions asked for whose pairs could not be loaded (absent: none). */
  failed?: RegionFailure[];
}

/** Parses a stored snapshot; anything unreadable (or from the single-pair layout) counts as no snapshot. */
function fromSnapshot(snapshot: Snapshot | undefined): LoadedCatalogue | null {
  if (!snapshot) return null;
  try {
    return {
      catalogue: parseCatalogue(snapshot.catalogue),
      index: parseSearchIndex(snapshot.index),
      manifest: parseManifest(snapshot.manifest),
      regions: strings(snapshot.regions, '/regions'),
    };
  } catch {
    return null;
  }
}

/** Every catalogue and index file a manifest names (wide-area and all regions). */
function filesOf(manifest: LoadedCatalogue['manifest']): string[] {
  return [manifest.wide, ...Object.values(manifest.regions)].flatMap((p) => [p.catalogue, p.index]);
}

/**
 * Keeps what was loaded (wide-area + the merged regions) as the last good copy, then lets the cache drop the files
 * of older catalogues; a failing store is ignored and then nothing is dropped.
 */
export async function saveSnapshot(cache: CatalogueCache, loaded: LoadedCatalogue, now: Date): Promise<void> {
  const { catalogue, index, manifest, regions } = loaded;
  const snapshot = { hash: catalogue.hash, catalogue, index, manifest, regions, savedAt: now.toISOString() };
  const stored = await cache.write(snapshot).then(
    () => true,
    () => false,
  );
  if (stored) await cache.prune?.(filesOf(manifest)).catch(() => undefined);
}

/**
 * The stored regions a fresh load could not bring (a newer catalogue whose region files are not on the device yet,
 * offline): the fresh load would lose them, so the stored copy stays. A region the newer manifest no longer names
 * (`unknown`) is really gone and does not count.
 */
const lostRegions = (stored: LoadedCatalogue, failed: readonly RegionFailure[] = []) =>
  failed.filter((f) => f.kind === 'failed' && stored.regions.includes(f.region));

const sameData = (a: LoadedCatalogue, b: LoadedCatalogue) =>
  a.catalogue.hash === b.catalogue.hash && a.regions.join() === b.regions.join();

/**
 * Cached first, then fresh: reports the stored catalogue at once, then whatever the network (or the service
 * worker's caches: the wide-area pair precached, the regions opened on this device at runtime) gives. A download
 * that fails to load or parse is discarded and the last good copy stays.
 */
export async function loadCachedCatalogue(
  fetchFresh: () => Promise<LoadedCatalogue & { failed?: RegionFailure[] }>,
  cache: CatalogueCache,
  report: (update: CatalogueUpdate) => void,
  options: {
    now?: () => Date;
    fallback?: () => Promise<LoadedCatalogue & { failed?: RegionFailure[] }>;
    yieldToMain?: () => Promise<void>;
  } = {},
): Promise<void> {
  const now = options.now ?? (() => new Date());
  const yieldToMain = options.yieldToMain ?? nextTask;
  let stored: LoadedCatalogue | null = null;
  try {
    stored = fromSnapshot(await cache.read());
  } catch {
    await cache.reset().catch(() => undefined);
  }
  if (stored) report({ ...stored, origin: 'cache', stale: false });
  let fresh: LoadedCatalogue & { failed?: RegionFailure[] };
  let origin: Origin = 'network';
  try {
    fresh = await fetchFresh();
  } catch (error) {
    if (stored) {
      report({ ...stored, origin: 'cache', stale: true });
      return;
    }
    // No usable stored copy (first visit offline, or a corrupt database): rebuild it from the app's own build.
    if (!options.fallback) throw error;
    fresh = await options.fallback();
    origin = 'cache';
  }
  if (stored && lostRegions(stored, fresh.failed).length > 0) {
    // Offline with a newer manifest already cached, but not this device's regions of it: the last good copy stays.
    const failed = fresh.failed?.filter((f) => !stored?.regions.includes(f.region)) ?? [];
    report({ ...stored, origin: 'cache', stale: true, ...(failed.length > 0 ? { failed } : {}) });
    return;
  }
  const unchanged = stored !== null && sameData(stored, fresh);
  // Unchanged data keeps the object already on screen, so nothing that depends on it is rebuilt or redrawn.
  report({
    ...(unchanged && stored ? stored : fresh),
    origin,
    stale: origin === 'cache',
    failed: fresh.failed,
  });
  if (unchanged) return;
  // Storing clones the whole catalogue on the main thread: let the screen that was just reported paint first.
  await yieldToMain();
  await saveSnapshot(cache, fresh, now());
}
