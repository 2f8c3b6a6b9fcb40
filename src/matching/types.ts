/** Types of the matching core: the query, the result, the shipped index and the data files it is built from. */
import type { LocalRegionId, Offer } from '../catalogue/index.ts';
import type { DangerSignal } from './danger/types.ts';
import type { ReasonKey } from './reasons.ts';

/** The shipped index format belongs to the catalogue (src/catalogue/index-format.ts); matching builds and reads it. */
export type { PhraseEntry, PlaceEntry, SearchIndex } from '../catalogue/index.ts';

import type { PointPrecision } from './distance.ts';

export type * from './danger/types.ts';
export type * from './safety-types.ts';

/** What a family asks for; every field is optional. */
export interface Query {
  /** Free text in any language; MAX_SEARCHED_CHARS and MAX_QUERY_TOKENS are searched, danger signs in MAX_TEXT_CHARS. */
  text?: string;
  /** The family's own Jugendamt area. */
  region?: LocalRegionId;
  /** Taxonomy stage id: pregnant, baby-0-1, toddler-1-3 (ranks, never filters). */
  stage?: string;
  /** Taxonomy topic ids: searched for like words. */
  topics?: string[];
  /** Taxonomy mode ids: filters (see README). */
  modes?: string[];
  /** The family's language (ISO 639-1), used by the other-language mode. */
  lang?: string;
  /** The family's town as answered (Buchloe): offers in that town rank higher. */
  place?: string;
  /** Taxonomy audience id: ranks, and lines for children or professionals only reach them (see audience.ts). */
  audience?: string;
  /** The family said it is in danger: emergency help goes first. */
  urgent?: boolean;
}

/** Why a match is in a fixed block rather than ranked: help in danger, or a line to call when no match has a phone. */
export type MatchBlock = 'safety' | 'call';

/** One explanation of why a result is shown, as an i18n key with parameters. */
export interface Reason {
  key: ReasonKey;
  params?: Record<string, string | number>;
}

/** One ranked offer. */
export interface Match {
  id: string;
  offer: Offer;
  score: number;
  reasons: Reason[];
  /** The parts the score is made of, for anyone asking "why this order?". */
  explain: Record<string, number>;
  /** Set on the safety block's matches and on the lines added because no match has a phone; absent otherwise. */
  block?: MatchBlock;
  /**
   * Km from the family's town (the place answer, else a town the text names) to the offer, when both are known:
   * municipality centres at best, so approximate; `distancePrecision` says whether the offer's point is its own
   * location or only the town its name gives.
   */
  distanceKm?: number;
  distancePrecision?: PointPrecision;
}

/** A need Lotse does not cover (a Kita place): named so the UI can say so instead of showing near misses. */
export interface NotCovered {
  id: string;
  /** The German name of the need, from data/safety.json. */
  label: string;
  /** Ids of catalogue offers a source names as responsible for it (may be empty). */
  responsible: string[];
}

/** What search returns. */
export interface SearchResult {
  /** Ranked, at most the search's limit. */
  results: Match[];
  /** How many offers matched in all. */
  total: number;
  /** A danger phrase was found (or the query was urgent): emergency and 24/7 help is on top. */
  safety: boolean;
  /** Ids of the danger kinds found, in order of appearance ('urgent' last when the query was urgent). */
  danger: string[];
  /**
   * What danger was understood, how sure (alarm: the block with its heading; net: a compact row of 24/7 numbers)
   * and in which language it was written; null when none.
   */
  signal: DangerSignal | null;
  /** For a net: the kind's 24/7 lines to call, shown as one compact row above the results; empty otherwise. */
  netLines: Offer[];
  /** A need the catalogue does not cover, or null. */
  notCovered: NotCovered | null;
  /** Nothing matched: the results are the family's KoKi and the wide-area hotlines. */
  fallback: boolean;
  /** The region the results are for: the query's, else one named in the text. */
  region: LocalRegionId | null;
  /** The family's own KoKi for that region (homeKoki), whether or not it is among the results. */
  koki: Offer | null;
  /** Regions of places named in the text. */
  namedRegions: LocalRegionId[];
  /** What the text was understood as (topic labels, corrected words), for "searched for …" lines. */
  understood: string[];
}

/** One entry of data/synonyms.json. */
export interface SynonymEntry {
  lang: string;
  terms: string[];
  topics?: string[];
  categories?: string[];
  modes?: string[];
  languages?: string[];
  stages?: string[];
  audiences?: string[];
  /** Weaker pointers: concept ids as t:/c:/m:/l:, or w:word for a word the offers use. */
  also?: string[];
  weight?: number;
  /** These terms mean only this entry's concepts: what the taxonomy's synonyms say about them is dropped. */
  replace?: boolean;
}

/** data/synonyms.json. */
export interface SynonymsFile {
  entries: SynonymEntry[];
  /** Extra place names (districts, region names) and place names that are also common words. */
  places?: { aliases?: { name: string; region: string }[]; common_words?: string[] };
  /** Words so general in this field (Kind, Baby, Eltern) that they only nudge the ranking. */
  generic_words?: string[];
}

/** A municipality as data/places.json has it (the fields matching needs). */
export interface PlaceRecord {
  name: string;
  region: string;
  postal_codes: string[];
  latitude?: number;
  longitude?: number;
}
