/**
 * The map's one entry for other folders. Everything here is pure and cheap to import statically (types, offers →
 * markers, the credits and the tile source); Leaflet lives only in ./leaflet/, the chunk that `importMapChunk`
 * loads when someone opens a map.
 */
import type { MapModule } from './types.ts';

export { CONSENT_KEY, CREDITS, TILE_HOST } from './sources.ts';
export { placedEntries, unplacedOffers } from './to-markers.ts';
export type * from './types.ts';

/** The one dynamic import of the Leaflet chunk; the UI loads it through its lazy-loading helper. */
export function importMapChunk(): Promise<MapModule> {
  return import('./leaflet/mount-map.ts');
}
