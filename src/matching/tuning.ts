/**
 * Every weight and threshold of the search in one place, each with a line on what it does. Changing one of these
 * changes the ranking: run `npm run eval` before and after.
 */

/** BM25F per field of an offer: w = field weight, b = length normalisation (0 = none). The name counts most. */
export const FIELDS = {
  name: { w: 3, b: 0.5 },
  topic: { w: 2, b: 0.5 },
  cat: { w: 2, b: 0 },
  lang: { w: 1.5, b: 0 },
  place: { w: 1.2, b: 0.3 },
  org: { w: 1, b: 0.5 },
  mode: { w: 1, b: 0 },
  aud: { w: 0.8, b: 0 },
  desc: { w: 0.7, b: 0.75 },
  stage: { w: 0.6, b: 0 },
} as const;
/** BM25 term-frequency saturation: how fast repeating a word in a field stops adding weight. */
export const K1 = 1.2;

/** Weight of each kind of query term, by how it was derived from the typed word (1 = the word itself). */
export const TERM_WEIGHTS = {
  /** The word as typed, known to the index. */
  exact: 1,
  /** A typo corrected to a known word. */
  corrected: 0.8,
  /** A part of an unknown compound (Erstausstattung → erst + ausstattung). */
  compound: 0.7,
  /** A longer known word that starts with the typed one: a weak expansion. */
  prefix: 0.35,
  /** A concept that a prefix or suffix of the word names. */
  affix: 0.8,
  /** A place name's words: they scope the search more than they match text. */
  place: 0.35,
  /** A word too general to count alone (Kind, Baby, Eltern). */
  generic: 0.3,
  /** A synonym's further concepts, scaled by the synonym's own weight. */
  also: 0.5,
  /** A part of a long known compound. */
  part: 0.5,
} as const;

/**
 * A term at least this strong counts as matching its unit (coverage, reasons); weaker expansions (prefix, place,
 * generic) only add relevance. Exactly TERM_WEIGHTS.part and .also, so that those still count.
 */
export const STRONG_TERM = 0.5;

/** Units past this many are still scored but not tracked in the 32-bit coverage and reason masks. */
export const MAX_BITS = 31;

/** Relevance scaled by coverage c (share of the query's units matched): COVERAGE_BASE + (1 - base) · c². */
export const COVERAGE_BASE = 0.3;
export function coverageScale(c: number): number {
  return COVERAGE_BASE + (1 - COVERAGE_BASE) * c * c;
}

/** Below this relevance an offer matched too little of the query to be listed. */
export const MIN_RELEVANCE = 0.5;
/** The family's KoKi, listed without matching (the net), ranks as if it had just passed MIN_RELEVANCE. */
export const NET_FLOOR = MIN_RELEVANCE;

/** Ranking multipliers on top of relevance (rank.ts `factors`); 1 would mean no effect. */
export const RANK = {
  /** A local offer when the family's region is unknown: wide-area services come first. */
  regionUnknown: 0.5,
  /** A local offer in the family's own region. */
  homeRegion: 1.3,
  /** A local offer in a region the text names. */
  namedRegion: 1.2,
  /** The chosen stage fits / is for others only. */
  chosenStageFits: 1.15,
  chosenStageOther: 0.8,
  /** A stage the text implies fits / is for others only: far milder than a chosen one. */
  textStageFits: 1.05,
  textStageOther: 0.9,
  /** The KoKi, the door to all Frühe Hilfen. */
  koki: 1.15,
  /** A violence-protection, grief or housing service when the query does not name its topic (nor danger): lower. */
  calm: 0.6,
  /** An emergency number (112, 110, a poison line) when no danger is found: listed, lower. */
  emergencyCalm: 0.4,
  /** The kind of service that answers the query's topic first. */
  firstCategory: 1.25,
  /** Speaks the family's (non-German) language. */
  language: 1.2,
  /** For professionals, when a professional asks. */
  professionals: 1.3,
  /** For the asking audience, any other than professionals. */
  audience: 1.15,
  /** In the family's own town. */
  ownTown: 1.5,
} as const;

/**
 * With the family's town known, an offer d km away is scaled by (1 + TYPICAL_KM / NEAR_KM) / (1 + d / NEAR_KM),
 * at most 1: within TYPICAL_KM nothing changes (a hotline without a place is not pushed down), farther the nearer
 * of two equal fits ranks first (Buchloe's family centre before Füssen's, 50 km away: ×0.82), while a clearly
 * better fit still wins.
 */
export const NEAR_KM = 100;
export const TYPICAL_KM = 25;

/** Typo tolerance: Fuse.js threshold on the short vocabulary (0 exact … 1 anything), and the shortest word tried. */
export const FUZZY_THRESHOLD = 0.25;
export const FUZZY_MIN_LENGTH = 5;
/** Prefix expansion: the shortest word expanded, and the most expansions kept. */
export const PREFIX_MIN = 5;
export const PREFIX_MAX = 6;
/** The shortest part a compound is split into. */
export const COMPOUND_PART_MIN = 4;
/** Known words this long are still split, so that the parts of a compound find offers too (Erstausstattung). */
export const LONG_COMPOUND = 10;
/** Among close vocabulary words of equal score, each letter of length difference costs this much. */
export const LENGTH_GAP_COST = 0.01;
/** A place name typed with at most this share of its letters wrong is still that place. */
export const PLACE_TYPO_SHARE = 0.3;
/** Term frequency of each language for an offer that speaks "many languages" (mul): a weaker match than a named one. */
export const MANY_LANGUAGES_TF = 0.5;
/** Words per query tried with the other languages' stemmers (each costs up to ~0.2 ms on a foreign word). */
export const FOREIGN_WORDS = 16;
