/** The catalogue's typed model. Raw JSON becomes these types only in parse-catalogue.ts (app) and in scripts/lib (build). */

export const LOCAL_REGION_IDS = [
  'kaufbeuren',
  'ostallgaeu',
  'coburg-stadt',
  'coburg-land',
  'gummersbach',
] as const;
export type LocalRegionId = (typeof LOCAL_REGION_IDS)[number];
export type WideAreaId = 'bayern' | 'deutschland';
export type AreaId = LocalRegionId | WideAreaId;

export type Confidence = 'high' | 'medium' | 'low';
export type CoordinatesPrecision = 'exact' | 'municipality';

export interface Phone {
  /** Canonical: E.164 (+49…) or a German short number (110, 112, 116xxx). */
  number: string;
  /** As the source writes it. */
  display: string;
  description?: string;
  /** The organisation's central number, not the offer's own line: callers must ask to be put through. */
  switchboard?: boolean;
}

export interface Address {
  address_1: string | null;
  postal_code: string | null;
  city: string;
}

export interface Location {
  name?: string;
  address: Address;
  latitude: number;
  longitude: number;
  coordinates_precision: CoordinatesPrecision;
  coordinates_source?: string;
}

export interface Source {
  url: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source; null when the page shows no date. */
  date: string | null;
  confidence: Confidence;
  note: string | null;
  /** JSON pointers (relative to the offer) of the contact fields this source gives. */
  covers?: string[];
}

export interface FurtherSource {
  title: string;
  url?: string;
  document?: string;
  date?: string;
  /** JSON pointers (relative to the offer) of the contact fields this source gives. */
  covers?: string[];
  confidence?: Confidence;
}

/** A provider with its general contact (data/organizations.json), for offers reachable only through it. */
export interface Organization {
  id: string;
  name: string;
  phones: Phone[];
  email: string | null;
  url: string | null;
  address: Address | null;
  source: Source;
}

/** One offer as it is written in data/catalogue/*.json (HSDS-aligned names). */
export interface OfferRecord {
  id: string;
  name: string;
  organization: { name: string; id?: string };
  category: string;
  description: string;
  stages: string[];
  audiences: string[];
  topics: string[];
  modes: string[];
  languages: string[];
  free: boolean | null;
  phones: Phone[];
  email: string | null;
  url: string | null;
  locations: Location[];
  schedule: { description: string } | null;
  available_24_7: boolean;
  /** AGS codes of the Jugendamt areas served, or 'bayern' / 'deutschland'. */
  service_areas: string[];
  source: Source;
  further_sources?: FurtherSource[];
  assured_date: string;
  end_date?: string;
}

/** An offer as the app and the matching core see it: the record plus the region ids it serves. */
export interface Offer extends OfferRecord {
  areas: AreaId[];
}

export interface RegionInfo {
  id: AreaId;
  code: string;
  name: string;
  kind: 'local' | 'wide';
  state?: string;
  jugendamt?: string;
  catchment_ags?: string[];
  catchment_note?: string;
}

export interface TaxonomyTerm {
  id: string;
  label: string;
  synonyms?: string[];
  description?: string;
  sources?: string[];
  derived_from?: string;
}

export interface Taxonomy {
  topics: TaxonomyTerm[];
  stages: TaxonomyTerm[];
  audiences: TaxonomyTerm[];
  modes: TaxonomyTerm[];
  categories: TaxonomyTerm[];
  languages: TaxonomyTerm[];
}

/** What the build publishes as catalogue.<hash>.json and the app loads. */
export interface Catalogue {
  version: 1;
  hash: string;
  built: string;
  /** Newest assured_date of any offer: the "Stand" of the whole catalogue. */
  assured: string;
  regions: RegionInfo[];
  taxonomy: Taxonomy;
  /** Providers with their general contact, for offers that can only be reached through them. */
  organizations: Organization[];
  offers: Offer[];
}

/** One downloadable pair: catalogue.<hash>.json and index.<hash>.json, and how many offers they hold. */
export interface PairFiles {
  catalogue: string;
  index: string;
  count: number;
}

/** The tiny manifest that names the current catalogue: one pair for wide-area offers and one per region. */
export interface CatalogueManifest {
  version: 1;
  /** The hash of the whole deployment's catalogue: changes when any pair changes. */
  hash: string;
  count: number;
  built: string;
  assured: string;
  /** The shared lexicon, the regions and taxonomy, and the offers that serve no single local region. */
  wide: PairFiles;
  /** Local region id -> its pair (offers serving that region; an offer serving two is in both). */
  regions: Record<string, PairFiles>;
  /** Offer id -> the pairs that hold it ("wide" or region ids): deep links load the right region. */
  offers: Record<string, string[]>;
  /**
   * Offer id -> the newest date its sources carry ("" when none), for every offer serving a local region: the
   * start screen says how much of the local part a recent source backs without loading every region.
   */
  dated: Record<string, string>;
}

/** The regions to load so that these offers are in the catalogue: one pair that holds each (wide-area needs none). */
export function regionsOfOffers(manifest: CatalogueManifest, ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const where = manifest.offers[id] ?? [];
    return where.includes('wide') ? [] : where.slice(0, 1);
  });
}

/** A region's catalogue file: its offers and the providers they name; regions and taxonomy come with wide-area. */
export interface RegionCatalogue {
  version: 1;
  hash: string;
  region: string;
  organizations: Organization[];
  offers: Offer[];
}
