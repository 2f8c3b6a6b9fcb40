import type { AreaId, Offer } from '../catalogue/index.ts';

/** The family's own KoKi: the catalogue's first KoKi serving the region, shown apart on results and offer pages. */
export function homeKoki(offers: readonly Offer[], region: AreaId | null | undefined): Offer | null {
  if (!region) return null;
  return offers.find((o) => o.category === 'koki' && o.areas.includes(region)) ?? null;
}
