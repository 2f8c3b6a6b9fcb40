import type { Offer, RegionInfo } from '../../catalogue/index.ts';

/** Where an offer is: its town when known, otherwise the area it serves. */
export function placeLabel(offer: Offer, regions: readonly RegionInfo[]): string {
  const city = offer.locations[0]?.address.city;
  if (city) return city;
  return offer.areas.map((a) => regions.find((r) => r.id === a)?.name ?? a).join(', ');
}
