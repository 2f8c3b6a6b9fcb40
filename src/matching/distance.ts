/**
 * Distances from the family's town: the town's centre (the place answer, else the first place the text names) to an
 * offer's nearest location, or, for an offer whose place is known only as a town in its name (Familienstützpunkt
 * Buchloe), to that town's centre. Both ends are municipality centres at best, so the figure is approximate.
 */
import type { Offer } from '../catalogue/index.ts';
import { distanceKm, type Position } from './geo.ts';
import { tokenise } from './normalise.ts';
import { placeMap, placesInTokens } from './places.ts';
import type { PlaceEntry, SearchIndex } from './types.ts';

export type { Position };

/** How exactly an offer's point is known: its own location, or only a town its name gives. */
export type PointPrecision = 'location' | 'town-in-name';

const atPlace = (p: PlaceEntry | undefined): Position | null =>
  p?.lat !== undefined && p.lon !== undefined ? { latitude: p.lat, longitude: p.lon } : null;

const tables = new WeakMap<SearchIndex, Map<string, PlaceEntry>>();
function table(index: SearchIndex): Map<string, PlaceEntry> {
  let t = tables.get(index);
  if (!t) {
    t = placeMap(index.places, true);
    tables.set(index, t);
  }
  return t;
}

/** The centre of a town as the family answered it (Buchloe, 87600), or null when unknown or without coordinates. */
export function townPosition(text: string, index: SearchIndex): Position | null {
  const tokens = tokenise(text.slice(0, 80));
  const hit = placesInTokens(tokens, placeMap(index.places)).find((h) => atPlace(h.place));
  return atPlace(hit?.place);
}

/** Where the family is: the place answer's town, else the first place the text names with coordinates. */
export function familyOrigin(
  place: string | undefined,
  named: PlaceEntry[],
  index: SearchIndex,
): Position | null {
  const answered = place ? townPosition(place, index) : null;
  return answered ?? named.map(atPlace).find((p) => p !== null) ?? null;
}

const towns = new WeakMap<Offer, Position | null>();
/** The town an offer's name gives (Familienstützpunkt Buchloe → Buchloe), for offers without a location. */
function townInName(offer: Offer, index: SearchIndex): Position | null {
  if (!towns.has(offer)) {
    const hits = placesInTokens(tokenise(offer.name), table(index));
    towns.set(offer, hits.map((h) => atPlace(h.place)).find((p) => p !== null) ?? null);
  }
  return towns.get(offer) ?? null;
}

/** The distance from the origin to an offer, and how its point is known; null when the offer has no point. */
export function offerDistance(
  offer: Offer,
  from: Position,
  index: SearchIndex,
): { km: number; precision: PointPrecision } | null {
  if (offer.locations.length > 0)
    return { km: Math.min(...offer.locations.map((l) => distanceKm(from, l))), precision: 'location' };
  const town = townInName(offer, index);
  return town ? { km: distanceKm(from, town), precision: 'town-in-name' } : null;
}
