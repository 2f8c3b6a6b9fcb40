import type { Polygon, Ring } from './types.ts';

/** Ray casting (even-odd rule) for one ring of [lon, lat] positions; points exactly on an edge may go either way. */
export function pointInRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    // Count the edges that a ray going east from the point crosses.
    const crosses = yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi;
    if (crosses) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and in none of the holes (e.g. Ostallgäu around Kaufbeuren). */
export function pointInPolygon(lon: number, lat: number, polygon: Polygon): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !pointInRing(lon, lat, outer)) return false;
  return !holes.some((hole) => pointInRing(lon, lat, hole));
}

/** Inside any of the polygons (the parts of a MultiPolygon or several catchment districts). */
export function pointInAnyPolygon(lon: number, lat: number, polygons: Polygon[]): boolean {
  return polygons.some((polygon) => pointInPolygon(lon, lat, polygon));
}
