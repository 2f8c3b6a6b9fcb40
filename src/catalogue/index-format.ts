/**
 * The search index as shipped: the format the build writes (src/matching builds it) and the catalogue parses, loads
 * and merges. The catalogue owns it as data; matching imports it from here, so data flows one way.
 */
import type { AreaId, LocalRegionId } from './types.ts';

/** A phrase of data/synonyms.json or taxonomy synonyms, compiled: normalised stems → what they point to. */
export interface PhraseEntry {
  /** Stems joined by single spaces. */
  key: string;
  /** Display form, as first written. */
  show: string;
  /** Concept terms: t:topic, c:category, m:mode, l:language, s:stage, a:audience. */
  concepts: string[];
  /** Weaker pointers at half weight: related concepts, or w:stem words the offers use for this need. */
  also?: string[];
  weight: number;
}

/** A place name or postal code and the region responsible for it. */
export interface PlaceEntry {
  /** Normalised name (or a 5-digit postal code). */
  key: string;
  name: string;
  region: LocalRegionId;
  /** Also a common word: a place only when typed as the place answer, never inside free text. */
  weak?: boolean;
  /** Further regions the name also means ("Coburg" is the city and names the Landkreis Coburg). */
  also?: LocalRegionId[];
  /** The municipality's centre (data/places.json, Destatis), rounded to 3 decimals: distances from the family's town. */
  lat?: number;
  lon?: number;
}

/** The build-time index, plain JSON, shipped as index.<hash>.json. */
export interface SearchIndex {
  version: 1;
  /** Offer ids; a document number is the position in this list. */
  docs: string[];
  /** Term → [doc delta, weight × 100, …]: doc numbers delta-encoded, weights pre-computed BM25F. */
  postings: Record<string, number[]>;
  /** Short vocabulary for typo tolerance and compound splitting: the terms of names, synonyms, labels, places. */
  vocab: string[];
  /**
   * Text terms of offers in region parts not loaded (catalogue split by region, split-index.ts): query analysis
   * knows them as the global index does, so results do not depend on which regions are loaded. Absent: none.
   */
  elsewhere?: string[];
  phrases: PhraseEntry[];
  /** Stems of generic_words. */
  generic: string[];
  places: PlaceEntry[];
  safety: SafetyRule[];
  urgent: SafetyRule;
  /** Danger understood by meaning in every language (danger/); absent in small test indexes. */
  danger?: DangerTable;
  callLines: CallLine[];
  notCovered: NotCoveredNeed[];
  /** Local region → the areas whose offers serve it (itself, its state, Germany). */
  regionAreas: Record<string, AreaId[]>;
  /** Area id → display name. */
  regionNames: Record<string, string>;
  /** Taxonomy labels by kind and id, for reasons. */
  labels: Record<
    'topics' | 'categories' | 'modes' | 'stages' | 'languages' | 'audiences',
    Record<string, string>
  >;
}

/** A compiled safety kind. */
export interface SafetyRule {
  id: string;
  max: number;
  emergencyFirst: boolean;
  /** Emergency numbers (phones[].number) whose offers always belong to this kind's help. */
  numbers: string[];
  /** Only services reachable around the clock (or emergency ones) qualify. */
  allDay: boolean;
  topics: string[];
  categories: string[];
  /** Stems of words the right services use (Krise, Gewalt): they order equally fitting candidates. */
  words: string[];
  /** Stem keys of its phrases. */
  phrases: string[];
  /** Offer ids that come first in its block, in order (skipped when out of scope). */
  offers: string[];
  /** Word groups that mean this danger when one word of each occurs close together. */
  patterns: CompiledPattern[];
  /** Stem keys of lookalike phrases: words inside them never count for this kind. */
  exclude: string[];
}

/** A danger pattern with its words as stems. */
export interface CompiledPattern {
  groups: string[][];
  window: number;
  ordered: boolean;
}

/** Wide-area (or local, by category) lines to call when none of the first matches has a phone. */
export interface CallLine {
  /** Query topics this line is for. */
  topics: string[];
  /** Local offers of these categories with a phone, the family's region first, before `offers`. */
  categories?: string[];
  /** Offer ids in order; only those in scope and with a phone are used. */
  offers: string[];
}

/** A need outside Lotse's field, as data. */
export interface NotCoveredNeed {
  id: string;
  label: string;
  /** Words and phrases that name it (stem keys once compiled). */
  terms: string[];
  /** Words that, next to the need, only ask for it (suche, finden): dropped with it (stems once compiled). */
  fillers?: string[];
  responsible: string[];
}

/** A compiled rule: concept numbers. */
export interface DangerRule {
  kind: string;
  all: number[][];
  none: number[];
  /** Spoilers that count only before the rule's words (a subject). */
  noneBefore: number[];
  negatable: number[];
}

/**
 * The shipped danger table (src/matching/danger): every entry of every language as `spelling!concept!lang`, sorted by
 * code point (a term ending in * is a stem, the terms of a sequence are separated by spaces, ~ starts a Latin
 * skeleton, including the Latin twins of Cyrillic entries); the rules by concept number.
 */
export interface DangerTable {
  concepts: string[];
  langs: string[];
  entries: string[];
  window: number;
  near: number;
  /** Languages typed alike (Russian and Ukrainian): words of kin languages may combine in one rule. */
  kin: string[][];
  /** Per language, verb particles tried off a word's front (German runtergeschubst → geschubst). */
  prefixes: Record<string, string[]>;
  alarm: DangerRule[];
  net: DangerRule[];
}

/** A phrase as [stem key, concepts, weight, also?] (concepts joined by spaces); its display form is unused at query time. */
export type PackedPhrase = [string, string, number] | [string, string, number, string];

/** What index.<hash>.json holds: phrases as tuples, and only the vocabulary words that cannot be derived. */
export interface PackedIndex extends Omit<SearchIndex, 'phrases' | 'vocab'> {
  packed: 1;
  phrases: PackedPhrase[];
  /** Vocabulary words from offer names, providers and places of offers; the rest come from phrases and places. */
  vocab: string[];
}

/** The documents of one part: `pos` holds each document's number in the global index, postings use local numbers. */
export interface IndexPart {
  docs: string[];
  pos: number[];
  postings: Record<string, number[]>;
}

/**
 * The wide-area part: the shared lexicon (phrases, places, safety, labels, regions, the whole vocabulary), the
 * wide-area documents, and in `elsewhere` every text term the global index has beyond the wide-area postings.
 */
export type WideIndexPart = PackedIndex & { pos: number[]; elsewhere: string[] };
