/** Types of the danger word groups (data/danger/*.json) and of the table the build compiles from them. */
import type { DangerRule, DangerTable } from '../../catalogue/index.ts';

export type { DangerRule, DangerTable };

/** The concept ids every language's word groups hold; rules.json combines them. */
export const DANGER_CONCEPTS = [
  'aggressor',
  'he',
  'other',
  'me',
  'child',
  'hit',
  'threat',
  'kill',
  'violence',
  'fear',
  'die',
  'live',
  'want',
  'neg',
  'suicide',
  'selfharm',
  'harm',
  'shake',
  'breath',
  'notbreathing',
  'unconscious',
  'blue',
  'seizure',
  'bleeding',
  'swallow',
  'toxic',
  'poison',
  'police',
  'ambulance',
  'emergency',
  'abuse',
  'neglect',
  'accident',
  'play',
  'thing',
  'info',
  'calm',
  // Not written by readers: the most frequent words of each language's interface texts, as evidence of the language.
  'common',
] as const;
export type DangerConcept = (typeof DANGER_CONCEPTS)[number];

/** The shortest stem (a prefix shorter than this would match far too many harmless words). */
export const MIN_STEM = 3;

/**
 * Separates a shipped entry's spelling from its concept and language numbers: "!" sorts before "*" and every letter,
 * so all entries whose first word is the same (exact "w!", sequence "w …", stem "w*") stand together.
 */
export const ENTRY_SEP = '!';

/** How sure the text is a danger: the alarm block with its heading, or a compact row of 24/7 numbers. */
export type DangerLevel = 'alarm' | 'net';

/** One language's word groups, as data/danger/<lang>.json holds them. */
export interface DangerLexicon {
  lang: string;
  written_by?: string;
  checked_by?: string;
  concepts: Record<string, string[]>;
}

/** A rule of data/danger/rules.json: one word of each group in `all` (`a|b`: either) close together. */
export interface DangerRuleData {
  kind: string;
  all: string[];
  none?: string[];
  /** Spoilers that count only before the rule's first word: a subject ("mein Kind schlägt mich", not "… vor dem Kind"). */
  none_before?: string[];
  negatable?: string;
}

/** data/danger/rules.json. */
export interface DangerRulesFile {
  window: number;
  near: number;
  kin?: string[][];
  prefixes?: Record<string, string[]>;
  alarm: DangerRuleData[];
  net: DangerRuleData[];
}

/** What the build reads: the rules and every language's word groups (ls folded into its language). */
export interface DangerInput {
  rules: DangerRulesFile;
  lexicons: DangerLexicon[];
  /** Per language, frequent words of its interface texts: evidence of which language a text is in. */
  common?: Record<string, string[]>;
}

/** What was understood: the kind of danger, how sure, and the language the danger words were written in. */
export interface DangerSignal {
  kind: string;
  level: DangerLevel;
  lang: string | null;
  /** Every kind whose alarm rule holds, the first one first (empty for a net). */
  kinds: string[];
}
