import type { OfferRecord, RegionInfo, Taxonomy } from '../../../src/catalogue/types.ts';

/** One finding of the check, addressed by file and RFC 6901 JSON pointer. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  pointer: string;
  message: string;
  rule: string;
}

/** An offer whose shape passed the schema, with where it was found. */
export interface CheckedOffer {
  file: string;
  pointer: string;
  record: OfferRecord;
}

/** Everything the check found: problems in discovery order and the well-shaped offers. */
export interface CheckResult {
  problems: Problem[];
  offers: CheckedOffer[];
}

/** A municipality from data/places.json, reduced to what the checks need. */
export interface Place {
  ags: string;
  name: string;
  region: string;
  postal_codes: string[];
}

/** A closed ring of [longitude, latitude] positions, as GeoJSON writes them. */
export type Ring = number[][];
/** An outer ring followed by its holes. */
export type Polygon = Ring[];

/** The reference data that gives an offer's ids and places their meaning. */
export interface Reference {
  taxonomy: Taxonomy;
  regions: RegionInfo[];
  places: Place[];
  /** Catchment polygons by AGS code of the geojson feature. */
  polygons: Map<string, Polygon[]>;
}

/** Records one problem at a pointer inside the file currently being checked. */
export type Report = (pointer: string, message: string, rule: string, severity?: Problem['severity']) => void;

/** What a per-offer check receives. */
export interface OfferContext {
  record: OfferRecord;
  /** Pointer of the offer itself, e.g. /offers/3. */
  pointer: string;
  ref: Reference;
  today: string;
  report: Report;
  /** Ids of data/organizations.json; null when that file is unusable (references are then not checked). */
  organizations: ReadonlySet<string> | null;
}
