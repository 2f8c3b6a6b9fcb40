/** Types of data/safety.json and of what the index compiles from it: danger kinds, call lines, needs not covered. */
import type { CallLine, CompiledPattern, NotCoveredNeed, SafetyRule } from '../catalogue/index.ts';

export type { CallLine, CompiledPattern, NotCoveredNeed, SafetyRule };

/** A danger pattern as data: one word of each group within `window` words (in group order when `ordered`). */
export interface DangerPattern {
  groups: string[][];
  window: number;
  ordered?: boolean;
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
