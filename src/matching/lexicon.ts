/** Query-side lookups over the index: known words, typo tolerance (Fuse.js on the short vocabulary), compounds, prefixes. */
import Fuse from 'fuse.js';
import { type DangerMatcher, dangerMatcher } from './danger/detect.ts';
import { stem } from './normalise.ts';
import { keyPrefixes } from './phrases.ts';
import { placeMap } from './places.ts';
import { safetyTable } from './safety.ts';
import { lowerBound } from './sorted.ts';
import { isTextTerm } from './split-index.ts';
import {
  COMPOUND_PART_MIN,
  FUZZY_MIN_LENGTH,
  FUZZY_THRESHOLD,
  LENGTH_GAP_COST,
  PREFIX_MAX,
  PREFIX_MIN,
} from './tuning.ts';
import type { PhraseEntry, PlaceEntry, SafetyRule, SearchIndex } from './types.ts';

/** The index's tables as the query analysis uses them; the costly parts are built on first use. */
export interface Lexicon {
  phrases: Map<string, PhraseEntry>;
  /** Word prefixes of the phrase keys, for matching phrases over several forms per word. */
  phrasePrefixes: Set<string>;
  places: Map<string, PlaceEntry>;
  safety: Map<string, SafetyRule[]>;
  /** Word prefixes of the danger phrase keys. */
  safetyPrefixes: Set<string>;
  safetyRules: SafetyRule[];
  /** The danger word groups as lookups, built on first use; null when the index has none. */
  danger(): DangerMatcher | null;
  /** Stems too general to count on their own (Kind, Baby, Eltern). */
  generic: Set<string>;
  /** The word is a term of some offer or part of a synonym. */
  known(word: string): boolean;
  hasPostings(term: string): boolean;
  fuzzy(word: string): string | null;
  compound(word: string): string[] | null;
  prefixed(word: string): string[];
}

/** Allowed spelling distance grows with the word: none below 5 letters, one up to 7, two from 8. */
function maxLengthGap(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/** Typo tolerance: the closest word of the short vocabulary, with Fuse.js per first letter built on first use. */
function fuzzyMatcher(vocab: string[]): (word: string) => string | null {
  const buckets = new Map<string, Fuse<string>>();
  const bucket = (first: string) => {
    let fuse = buckets.get(first);
    if (!fuse) {
      const words = vocab.filter((w) => w[0] === first);
      fuse = new Fuse(words, { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true });
      buckets.set(first, fuse);
    }
    return fuse;
  };
  return (word) => {
    if (word.length < FUZZY_MIN_LENGTH || !/^[a-z]+$/.test(word)) return null;
    let best: { w: string; score: number } | null = null;
    for (const r of bucket(word[0] ?? '').search(word, { limit: 8 })) {
      if (Math.abs(r.item.length - word.length) > maxLengthGap(word)) continue;
      const score = (r.score ?? 1) + Math.abs(r.item.length - word.length) * LENGTH_GAP_COST;
      if (!best || score < best.score || (score === best.score && r.item < best.w))
        best = { w: r.item, score };
    }
    return best?.w ?? null;
  };
}

/** A compound split into two known parts (a linking s dropped), longest tail first; null when none fits. */
function compoundSplitter(known: (word: string) => boolean): (word: string) => string[] | null {
  const part = (p: string) => p.length >= COMPOUND_PART_MIN && (known(p) || known(stem(p)));
  return (word) => {
    if (word.length < 2 * COMPOUND_PART_MIN || !/^[a-z]+$/.test(word)) return null;
    for (let i = word.length - COMPOUND_PART_MIN; i >= COMPOUND_PART_MIN; i -= 1) {
      const tail = word.slice(i);
      if (!part(tail)) continue;
      const head = word.slice(0, i);
      const fixed = part(head)
        ? head
        : head.endsWith('s') && part(head.slice(0, -1))
          ? head.slice(0, -1)
          : null;
      if (fixed) return [fixed, tail].map((p) => (known(p) ? p : stem(p)));
    }
    return null;
  };
}

/** The shortest indexed words that start with the typed one, the sorted term list built on first use. */
function prefixLookup(index: SearchIndex): (word: string) => string[] {
  let terms: string[] | null = null;
  return (word) => {
    if (word.length < PREFIX_MIN) return [];
    terms ??= [...Object.keys(index.postings).filter(isTextTerm), ...(index.elsewhere ?? [])].sort();
    const list = terms;
    const out: string[] = [];
    for (let i = lowerBound(list, word); i < list.length && (list[i] ?? '').startsWith(word); i += 1) {
      if (list[i] !== word) out.push(list[i] ?? '');
    }
    return out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, PREFIX_MAX);
  };
}

/** The danger matcher of an index, built on the first search that has words (not while the catalogue loads). */
function lazyDanger(index: SearchIndex): () => DangerMatcher | null {
  let built: DangerMatcher | null | undefined;
  return () => {
    if (built === undefined) built = index.danger ? dangerMatcher(index.danger) : null;
    return built;
  };
}

/** Builds the lexicon of one index. */
export function createLexicon(index: SearchIndex): Lexicon {
  const phraseWords = new Set(index.phrases.flatMap((p) => p.key.split(' ')));
  // A term of a region not loaded counts as indexed, as in the global index: words are read the same either way.
  const elsewhere = new Set(index.elsewhere ?? []);
  const hasPostings = (t: string) => Object.hasOwn(index.postings, t) || elsewhere.has(t);
  const known = (w: string) => hasPostings(w) || phraseWords.has(w);
  return {
    phrases: new Map(index.phrases.map((p) => [p.key, p])),
    phrasePrefixes: keyPrefixes(index.phrases.map((p) => p.key)),
    places: placeMap(index.places, true),
    safety: safetyTable(index.safety),
    safetyPrefixes: keyPrefixes(index.safety.flatMap((r) => r.phrases)),
    safetyRules: index.safety,
    danger: lazyDanger(index),
    generic: new Set(index.generic),
    known,
    hasPostings,
    fuzzy: fuzzyMatcher(index.vocab),
    compound: compoundSplitter(known),
    prefixed: prefixLookup(index),
  };
}
