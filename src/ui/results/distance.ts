import type { Offer } from '../../catalogue/index.ts';

export interface Position {
  latitude: number;
  longitude: number;
}

const EARTH_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km (haversine); computed on the device, the position never leaves it. */
export function distanceKm(a: Position, b: Position): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

/** The distance to an offer's nearest location, or undefined when it has none. */
export function offerDistance(offer: Offer, from: Position): number | undefined {
  const distances = offer.locations.map((l) => distanceKm(from, l));
  return distances.length ? Math.min(...distances) : undefined;
}
