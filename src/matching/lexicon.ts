/** Query-side lookups over the index: known words, typo tolerance (Fuse.js on the short vocabulary), compounds, prefixes. */
import Fuse from 'fuse.js';
import { stem } from './normalise.ts';
import { placeMap } from './places.ts';
import { safetyTable } from './safety.ts';
import type { PhraseEntry, PlaceEntry, SafetyRule, SearchIndex } from './types.ts';

const PREFIX_MIN = 5;
const PREFIX_MAX = 6;
const COMPOUND_PART_MIN = 4;

/** The index's tables as the query analysis uses them; the costly parts are built on first use. */
export interface Lexicon {
  phrases: Map<string, PhraseEntry>;
  places: Map<string, PlaceEntry>;
  safety: Map<string, SafetyRule[]>;
  safetyRules: SafetyRule[];
  /** Stems too general to count on their own (Kind, Baby, Eltern). */
  generic: Set<string>;
  /** The word is a term of some offer or part of a synonym. */
  known(word: string): boolean;
  hasPostings(term: string): boolean;
  fuzzy(word: string): string | null;
  compound(word: string): string[] | null;
  prefixed(word: string): string[];
}

function isTextTerm(t: string): boolean {
  return !t.includes(':') && !/^\d+$/.test(t);
}

function lowerBound(list: string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Allowed spelling distance grows with the word: none below 5 letters, one up to 7, two from 8. */
function maxLengthGap(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/** Builds the lexicon of one index. */
export function createLexicon(index: SearchIndex): Lexicon {
  const phrases = new Map(index.phrases.map((p) => [p.key, p]));
  const phraseWords = new Set(index.phrases.flatMap((p) => p.key.split(' ')));
  const places = placeMap(index.places, true);
  const hasPostings = (t: string) => Object.hasOwn(index.postings, t);
  const known = (w: string) => hasPostings(w) || phraseWords.has(w);
  let terms: string[] | null = null;
  const sortedTerms = () => {
    terms ??= Object.keys(index.postings).filter(isTextTerm).sort();
    return terms;
  };
  const buckets = new Map<string, Fuse<string>>();
  const bucket = (first: string) => {
    let fuse = buckets.get(first);
    if (!fuse) {
      const words = index.vocab.filter((w) => w[0] === first);
      fuse = new Fuse(words, { includeScore: true, threshold: 0.25, ignoreLocation: true });
      buckets.set(first, fuse);
    }
    return fuse;
  };
  const fuzzy = (word: string): string | null => {
    if (word.length < 5 || !/^[a-z]+$/.test(word)) return null;
    let best: { w: string; score: number } | null = null;
    for (const r of bucket(word[0] ?? '').search(word, { limit: 8 })) {
      if (Math.abs(r.item.length - word.length) > maxLengthGap(word)) continue;
      const score = (r.score ?? 1) + Math.abs(r.item.length - word.length) * 0.01;
      if (!best || score < best.score || (score === best.score && r.item < best.w))
        best = { w: r.item, score };
    }
    return best?.w ?? null;
  };
  const part = (p: string) => p.length >= COMPOUND_PART_MIN && (known(p) || known(stem(p)));
  const compound = (word: string): string[] | null => {
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
  const prefixed = (word: string): string[] => {
    if (word.length < PREFIX_MIN) return [];
    const list = sortedTerms();
    const out: string[] = [];
    for (let i = lowerBound(list, word); i < list.length && (list[i] ?? '').startsWith(word); i += 1) {
      if (list[i] !== word) out.push(list[i] ?? '');
    }
    return out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, PREFIX_MAX);
  };
  return {
    phrases,
    places,
    safety: safetyTable(index.safety),
    safetyRules: index.safety,
    generic: new Set(index.generic),
    known,
    hasPostings,
    fuzzy,
    compound,
    prefixed,
  };
}
