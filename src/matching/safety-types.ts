/** Types of data/safety.json and of what the index compiles from it: danger kinds, call lines, needs not covered. */

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

/** A danger pattern as data: one word of each group within `window` words (in group order when `ordered`). */
export interface DangerPattern {
  groups: string[][];
  window: number;
  ordered?: boolean;
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

/** One kind of danger in data/safety.json. */
export interface SafetyKind {
  id: string;
  max: number;
  emergency_first: boolean;
  require_24_7: boolean;
  numbers: string[];
  topics: string[];
  categories: string[];
  words: string[];
  phrases: string[];
  offers?: string[];
  patterns?: DangerPattern[];
  exclude?: string[];
}

/** data/safety.json. */
export interface SafetyFile {
  urgent: Omit<SafetyKind, 'id' | 'phrases'>;
  kinds: SafetyKind[];
  call_lines?: CallLine[];
  not_covered?: NotCoveredNeed[];
}
