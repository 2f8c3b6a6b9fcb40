import type { Signal } from '@preact/signals';
import {
  type CatalogueCache,
  type CatalogueUpdate,
  type LoadedCatalogue,
  type RegionFailure,
  saveSnapshotLazily,
} from '../catalogue/index.ts';

/** Loads wide-area plus these regions, merged; regions that could not be loaded are listed in `failed`. */
export type LoadRegions = (
  regions: readonly string[],
) => Promise<LoadedCatalogue & { failed?: RegionFailure[] }>;

/** What the region loading reads and writes in the app state. */
interface RegionDeps {
  load: LoadRegions;
  /** The merged catalogue on screen, or null while none is. */
  current: () => LoadedCatalogue | null;
  show: (update: CatalogueUpdate) => void;
  problems: Signal<RegionFailure[]>;
  cache: CatalogueCache | undefined;
}

/**
 * The regions the family needs (its own, a neighbour named in the text, the region of an offer on screen): their
 * pairs are fetched when first asked for and merged into the one catalogue the screens search. A region that is
 * unknown or fails to load is reported once in `problems` and not asked for again, so the regions already loaded
 * keep working and a screen that asks on every render does not loop.
 */
export function createRegionLoading(deps: RegionDeps) {
  const wanted = new Set<string>();
  const given = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  const asked = () => [...wanted].filter((id) => !given.has(id));

  /** Notes what a load could not bring, so that it is reported and not retried on every render. */
  function noteFailed(failed: readonly RegionFailure[] = []): void {
    if (failed.length === 0) return;
    for (const f of failed) given.add(f.region);
    deps.problems.value = [
      ...deps.problems.value.filter((p) => failed.every((f) => f.region !== p.region)),
      ...failed,
    ];
  }

  async function refresh(): Promise<void> {
    const now = deps.current();
    // Before the first catalogue is on screen, the start's own load asks for `wanted`.
    if (!now || asked().every((id) => now.regions.includes(id))) return;
    const ids = [...new Set([...now.regions, ...asked()])];
    try {
      const fresh = await deps.load(ids);
      noteFailed(fresh.failed);
      if (fresh.regions.join() === now.regions.join()) return;
      deps.show({ ...fresh, origin: 'network', stale: false });
      if (deps.cache) await saveSnapshotLazily(deps.cache, fresh, new Date());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      noteFailed(
        ids.filter((id) => !now.regions.includes(id)).map((region) => ({ region, kind: 'failed', message })),
      );
    }
  }

  return {
    /** The regions to ask for at start: what screens asked for before the catalogue arrived. */
    asked,
    /** Remembers the regions of a catalogue shown from the cache, so a fresh load keeps them. */
    keep: (regions: readonly string[]) => {
      for (const id of regions) wanted.add(id);
    },
    noteFailed,
    /** Fetches and merges the pairs of these regions that are not loaded yet; resolves when the catalogue shows them. */
    need: (ids: readonly string[]): Promise<void> => {
      const fresh = ids.filter((id) => !wanted.has(id));
      for (const id of fresh) wanted.add(id);
      if (fresh.length > 0) queue = queue.then(refresh);
      return queue;
    },
    /** Runs once the start's load is done: regions asked for meanwhile are fetched now. */
    settle: (): Promise<void> => {
      queue = queue.then(refresh);
      return queue;
    },
  };
}
