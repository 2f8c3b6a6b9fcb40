import type { Offer } from '../../catalogue/index.ts';
import { distanceKm, type Position } from '../../matching/light.ts';

export { distanceKm, type Position };

/** The distance to an offer's nearest location, or undefined when it has none. */
export function offerDistance(offer: Offer, from: Position): number | undefined {
  const distances = offer.locations.map((l) => distanceKm(from, l));
  return distances.length ? Math.min(...distances) : undefined;
}
