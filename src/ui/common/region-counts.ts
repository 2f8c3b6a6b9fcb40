import type { CatalogueManifest, RegionInfo } from '../../catalogue/index.ts';

export interface RegionCount {
  id: string;
  name: string;
  count: number;
}

/**
 * How many offers serve each local region, and how many serve Bavaria or Germany as a whole, as the manifest
 * counts them: the start screen shows the whole catalogue while only some regions are loaded.
 */
export function regionCounts(
  manifest: CatalogueManifest,
  regions: RegionInfo[],
): { local: RegionCount[]; wide: number } {
  const local = regions
    .filter((r) => r.kind === 'local')
    .map((r) => ({ id: r.id, name: r.name, count: manifest.regions[r.id]?.count ?? 0 }));
  return { local, wide: manifest.wide.count };
}
