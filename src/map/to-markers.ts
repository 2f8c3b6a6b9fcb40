/** Offers → marker descriptions, without Leaflet: testable in Node and cheap to import from the UI. */
import type { Location, Offer } from '../catalogue/index.ts';
import type { MapEntry, MapTexts, MarkerGroup } from './types.ts';

/** An entry with the point it stands at. */
export interface PlacedEntry extends MapEntry {
  lat: number;
  lon: number;
}

/** A location's coordinates are usable: finite, on the globe, and not the 0/0 of a missing geocode. */
export function hasPoint(location: Location): boolean {
  const { latitude: lat, longitude: lon } = location;
  return (
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    !(lat === 0 && lon === 0)
  );
}

/** "87600 Kaufbeuren", or only the town. */
export function townOf(location: Location): string {
  const { postal_code, city } = location.address;
  return [postal_code, city].filter(Boolean).join(' ');
}

/** "Street 1, 87600 Kaufbeuren", or as much of it as is known. */
export function placeOf(location: Location): string {
  return [location.address.address_1, townOf(location)].filter(Boolean).join(', ');
}

/** One entry per offer and usable location, in the order the offers come (their ranking). */
export function placedEntries(offers: readonly Offer[]): PlacedEntry[] {
  const seen = new Set<string>();
  const entries: PlacedEntry[] = [];
  for (const offer of offers) {
    for (const location of offer.locations) {
      if (!hasPoint(location)) continue;
      const key = `${offer.id}@${pointKey(location.latitude, location.longitude)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push({
        id: offer.id,
        name: offer.name,
        href: `/offer/${encodeURIComponent(offer.id)}`,
        place: placeOf(location),
        town: townOf(location),
        approximate: location.coordinates_precision !== 'exact',
        lat: location.latitude,
        lon: location.longitude,
      });
    }
  }
  return entries;
}

/** Offers with no usable location (hotlines, online counselling): not on the map, said so beside it. */
export function unplacedOffers(offers: readonly Offer[]): Offer[] {
  return offers.filter((o) => !o.locations.some(hasPoint));
}

/** Rounds to about a metre: offers in the same building share a marker instead of hiding each other. */
export function pointKey(lat: number, lon: number): string {
  return `${lat.toFixed(5)},${lon.toFixed(5)}`;
}

/** Groups the offers' locations into markers, one per point, in the order of their first offer. */
export function toMarkers(offers: readonly Offer[]): MarkerGroup[] {
  const groups = new Map<string, MarkerGroup>();
  for (const { lat, lon, ...entry } of placedEntries(offers)) {
    const key = pointKey(lat, lon);
    const group = groups.get(key);
    if (group) {
      group.entries.push(entry);
      group.approximate &&= entry.approximate;
    } else {
      groups.set(key, { key, lat, lon, approximate: entry.approximate, entries: [entry] });
    }
  }
  return [...groups.values()];
}

/** The marker's accessible name: the offer and its place, or how many offers share the point and where. */
export function markerLabel(group: MarkerGroup, texts: MapTexts): string {
  const entry = group.entries[0];
  if (!entry) return '';
  if (group.entries.length > 1) return texts.group(group.entries.length, entry.town);
  return `${entry.name}, ${entry.place}${entry.approximate ? ` (${texts.approximate})` : ''}`;
}
