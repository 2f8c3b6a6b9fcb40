/** The map module's public types: plain data, no Leaflet, so the UI and the build can import them freely. */
import type { FetchJson, Offer } from '../catalogue/index.ts';

/** [longitude, latitude], as GeoJSON orders them. */
export type GeoPosition = [number, number];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: GeoPosition[][];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: GeoPosition[][][];
}

/** A district or municipality outline; `context` marks neighbouring areas drawn lighter. */
export interface RegionFeature {
  type: 'Feature';
  properties: { ags: string; name: string; level: 'district' | 'municipality'; context?: true };
  geometry: PolygonGeometry | MultiPolygonGeometry;
}

/** A place name; `rank` 0–4 says from which zoom on it is shown (0: district names, always). */
export interface TownFeature {
  type: 'Feature';
  properties: { name: string; rank: number; context?: true };
  geometry: { type: 'Point'; coordinates: GeoPosition };
}

export interface FeatureCollection<F> {
  type: 'FeatureCollection';
  features: F[];
}

/** public/geo/regions.json */
export type RegionsFile = FeatureCollection<RegionFeature>;
/** public/geo/towns.json */
export type TownsFile = FeatureCollection<TownFeature>;

/** South-west and north-east corners in degrees. */
export interface LatLonBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** One offer at one place, as a marker or a list row shows it. */
export interface MapEntry {
  id: string;
  name: string;
  href: string;
  /** Street and town, or only the town when that is all we know. */
  place: string;
  /** Postal code and town. */
  town: string;
  approximate: boolean;
}

/** One marker: every offer at the same point, so that no marker hides another. */
export interface MarkerGroup {
  key: string;
  lat: number;
  lon: number;
  /** True when every entry is placed only at its municipality's centre. */
  approximate: boolean;
  entries: MapEntry[];
}

/** Every text the map shows, injected so that src/map needs no i18n library. */
export interface MapTexts {
  approximate: string;
  close: string;
  zoomIn: string;
  zoomOut: string;
  /** Accessible name of a marker with several offers (their names are in its popup). */
  group: (count: number, town: string) => string;
}

export interface MapOptions {
  offers: readonly Offer[];
  texts: MapTexts;
  /** Show online tiles from the start (the user said yes earlier). */
  onlineTiles?: boolean;
  /** Centre on this offer (offer page) instead of fitting all markers. */
  focusId?: string;
  /** AGS codes whose outline frames the map when no offer has a location. */
  regionCodes?: readonly string[];
  /** Where regions.json and towns.json live; our own origin. */
  geoBase?: string;
  fetchJson?: FetchJson;
}

export interface MapHandle {
  setOffers(offers: readonly Offer[]): void;
  enableOnlineTiles(on: boolean): void;
  focusOffer(id: string): void;
  destroy(): void;
}

/** What the Leaflet chunk (src/map/leaflet/mount-map.ts, loaded by importMapChunk) yields. */
export interface MapModule {
  mountMap(element: HTMLElement, options: MapOptions): MapHandle;
}
