/** Synonym phrases: compiled at build time from the taxonomy and data/synonyms.json, matched at query time. */
import type { Taxonomy } from '../catalogue/index.ts';
import { stem, tokenise } from './normalise.ts';
import type { PhraseEntry, SynonymsFile } from './types.ts';

/** The longest phrase, in words, that the matcher tries. */
export const MAX_PHRASE_WORDS = 6;
/** A single-word synonym this long may also match as the head or tail of a compound (Schreibaby-Ambulanz). */
export const MIN_AFFIX = 5;

/** Stems of a text joined by spaces: the key of a phrase. */
export function phraseKey(text: string): string {
  return tokenise(text).map(stem).join(' ');
}

type Add = (text: string, concepts: string[], weight?: number, also?: string[], replace?: boolean) => void;

function collector(): { add: Add; entries: () => PhraseEntry[] } {
  const byKey = new Map<string, PhraseEntry>();
  const replaced = new Set<string>();
  const add: Add = (text, concepts, weight = 1, also = [], replace = false) => {
    const key = phraseKey(text);
    if (key === '' || concepts.length + also.length === 0) return;
    const old = byKey.get(key);
    const fresh = replace && !replaced.has(key);
    if (replace) replaced.add(key);
    const entry = old && !fresh ? old : { key, show: old?.show ?? text, concepts: [], weight };
    byKey.set(key, entry);
    for (const c of concepts) if (!entry.concepts.includes(c)) entry.concepts.push(c);
    for (const c of also)
      if (!entry.concepts.includes(c) && !entry.also?.includes(c)) entry.also = [...(entry.also ?? []), c];
    entry.weight = Math.max(entry.weight, weight);
  };
  const entries = () => [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { add, entries };
}

/** Taxonomy labels and synonyms plus data/synonyms.json as one sorted phrase table. */
export function compilePhrases(taxonomy: Taxonomy, synonyms: SynonymsFile): PhraseEntry[] {
  const { add, entries } = collector();
  for (const t of taxonomy.topics) {
    add(t.label, [`t:${t.id}`]);
    for (const s of t.synonyms ?? []) add(s, [`t:${t.id}`]);
  }
  for (const c of taxonomy.categories) add(c.label, [`c:${c.id}`]);
  for (const m of taxonomy.modes) add(m.label, [`m:${m.id}`]);
  for (const e of synonyms.entries) {
    const concepts = [
      ...(e.topics ?? []).map((id) => `t:${id}`),
      ...(e.categories ?? []).map((id) => `c:${id}`),
      ...(e.modes ?? []).map((id) => `m:${id}`),
      ...(e.languages ?? []).map((id) => `l:${id}`),
      ...(e.stages ?? []).map((id) => `s:${id}`),
      ...(e.audiences ?? []).map((id) => `a:${id}`),
    ];
    const also = (e.also ?? []).map((c) => (c.startsWith('w:') ? `w:${phraseKey(c.slice(2))}` : c));
    for (const term of e.terms) add(term, concepts, e.weight ?? 1, also, e.replace === true);
  }
  return entries();
}

/** A phrase found in a query: which stems it covers. */
export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * Longest-first, left-to-right matching of stem sequences against a key → value map; words inside a match are
 * not matched again. `skip` marks words that may not start a match (stop words).
 */
export function findPhrases<T>(
  stems: string[],
  table: Map<string, T>,
  skip?: (i: number) => boolean,
): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  let i = 0;
  while (i < stems.length) {
    let found: PhraseHit<T> | null = null;
    for (let n = Math.min(MAX_PHRASE_WORDS, stems.length - i); n >= 1 && !found; n -= 1) {
      if (n === 1 && skip?.(i)) break;
      const value = table.get(stems.slice(i, i + n).join(' '));
      if (value !== undefined) found = { start: i, end: i + n, value };
    }
    if (found) {
      hits.push(found);
      i = found.end;
    } else i += 1;
  }
  return hits;
}

/** Single-word phrases that may head or end a compound word: "schwangerschaftskonfliktberatung" ends with one. */
export function affixPhrase<T>(word: string, table: Map<string, T>): T | undefined {
  for (let n = word.length - 1; n >= MIN_AFFIX; n -= 1) {
    const head = table.get(word.slice(0, n));
    if (head !== undefined) return head;
    const tail = table.get(word.slice(word.length - n));
    if (tail !== undefined) return tail;
  }
  return undefined;
}
