/** Bounds of markers and of region outlines, in plain numbers (Leaflet-free, so tests run in Node). */
import type { GeoPosition, LatLonBounds, RegionFeature } from './types.ts';

/** The smallest box around the points, or null when there are none. */
export function pointsBounds(points: readonly { lat: number; lon: number }[]): LatLonBounds | null {
  if (points.length === 0) return null;
  let south = Number.POSITIVE_INFINITY;
  let west = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  for (const { lat, lon } of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return { south, west, north, east };
}

function ringsOf(feature: RegionFeature): GeoPosition[][] {
  const { geometry } = feature;
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * The box around the outlines with the given AGS codes; without codes (or when none match), around every
 * area we serve, leaving out the lighter context areas.
 */
export function regionBounds(
  features: readonly RegionFeature[],
  codes: readonly string[] = [],
): LatLonBounds | null {
  const wanted = features.filter((f) => codes.includes(f.properties.ags));
  const chosen = wanted.length > 0 ? wanted : features.filter((f) => !f.properties.context);
  const points = chosen.flatMap(ringsOf).flatMap((ring) => ring.map(([lon, lat]) => ({ lat, lon })));
  return pointsBounds(points);
}

/** The [[south, west], [north, east]] pair Leaflet's fitBounds takes. */
export function corners(b: LatLonBounds): [[number, number], [number, number]] {
  return [
    [b.south, b.west],
    [b.north, b.east],
  ];
}

/** True when the box is a single point (one marker): fitting it would zoom in without limit. */
export function isPoint(b: LatLonBounds): boolean {
  return b.south === b.north && b.west === b.east;
}
