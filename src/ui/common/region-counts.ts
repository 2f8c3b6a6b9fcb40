import type { Catalogue } from '../../catalogue/index.ts';

export interface RegionCount {
  id: string;
  name: string;
  count: number;
}

/** How many offers serve each local region, and how many serve Bavaria or Germany as a whole. */
export function regionCounts(catalogue: Catalogue): { local: RegionCount[]; wide: number } {
  const local = catalogue.regions
    .filter((r) => r.kind === 'local')
    .map((r) => ({
      id: r.id,
      name: r.name,
      count: catalogue.offers.filter((o) => o.areas.includes(r.id)).length,
    }));
  const wide = catalogue.offers.filter((o) =>
    o.areas.some((a) => a === 'bayern' || a === 'deutschland'),
  ).length;
  return { local, wide };
}
