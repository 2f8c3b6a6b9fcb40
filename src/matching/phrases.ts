/** Synonym phrases: compiled at build time from the taxonomy and data/synonyms.json, matched at query time. */
import type { Taxonomy } from '../catalogue/index.ts';
import { stem, tokenise } from './normalise.ts';
import { isStemLang, languagesFor, type StemLang, stemIn } from './stemmers.ts';
import { transliterate } from './translit.ts';
import type { PhraseEntry, SynonymsFile } from './types.ts';

/** The longest phrase, in words, that the matcher tries. */
export const MAX_PHRASE_WORDS = 6;
/** A single-word synonym this long may also match as the head or tail of a compound (Schreibaby-Ambulanz). */
export const MIN_AFFIX = 5;

/** Stems of a text joined by spaces: the key of a phrase. */
export function phraseKey(text: string): string {
  return tokenise(text).map(stem).join(' ');
}

type AddKey = (
  key: string,
  concepts: string[],
  weight?: number,
  also?: string[],
  replace?: boolean,
  text?: string,
) => void;

function collector(): {
  add: (text: string, concepts: string[], weight?: number, also?: string[], replace?: boolean) => void;
  addKey: AddKey;
  entries: () => PhraseEntry[];
} {
  const byKey = new Map<string, PhraseEntry>();
  const replaced = new Set<string>();
  const addKey: AddKey = (key, concepts, weight = 1, also = [], replace = false, text = key) => {
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
  const add = (text: string, concepts: string[], weight = 1, also: string[] = [], replace = false) =>
    addKey(phraseKey(text), concepts, weight, also, replace, text);
  const entries = () => [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { add, addKey, entries };
}

/**
 * The key a query in `lang` meets: each word's German stem where the index knows it (as the query side keeps it),
 * otherwise the word's stem in `lang` (what the query side finds for an unknown word).
 */
export function foreignKey(text: string, lang: StemLang, known: (word: string) => boolean): string {
  return tokenise(text)
    .map((t) => {
      const german = stem(t);
      return known(german) || !languagesFor(t).includes(lang) ? german : stemIn(t, lang);
    })
    .join(' ');
}

function conceptsOf(e: SynonymsFile['entries'][number]): string[] {
  return [
    ...(e.topics ?? []).map((id) => `t:${id}`),
    ...(e.categories ?? []).map((id) => `c:${id}`),
    ...(e.modes ?? []).map((id) => `m:${id}`),
    ...(e.languages ?? []).map((id) => `l:${id}`),
    ...(e.stages ?? []).map((id) => `s:${id}`),
    ...(e.audiences ?? []).map((id) => `a:${id}`),
  ];
}

/**
 * Taxonomy labels and synonyms plus data/synonyms.json as one sorted phrase table. Russian and Ukrainian terms get
 * a Latin twin; terms of a language with a stemmer get a second key with that stemmer (`known`: words with
 * postings in the offers).
 */
export function compilePhrases(
  taxonomy: Taxonomy,
  synonyms: SynonymsFile,
  known: (word: string) => boolean = () => false,
): PhraseEntry[] {
  const { add, addKey, entries } = collector();
  for (const t of taxonomy.topics) {
    add(t.label, [`t:${t.id}`]);
    for (const s of t.synonyms ?? []) add(s, [`t:${t.id}`]);
  }
  for (const c of taxonomy.categories) add(c.label, [`c:${c.id}`]);
  for (const m of taxonomy.modes) add(m.label, [`m:${m.id}`]);
  const also = (e: SynonymsFile['entries'][number]) =>
    (e.also ?? []).map((c) => (c.startsWith('w:') ? `w:${phraseKey(c.slice(2))}` : c));
  for (const e of synonyms.entries) {
    const latin = e.lang === 'ru' || e.lang === 'uk' ? e.lang : null;
    for (const term of e.terms) {
      add(term, conceptsOf(e), e.weight ?? 1, also(e), e.replace === true);
      if (latin) add(transliterate(term, latin), conceptsOf(e), e.weight ?? 1, also(e));
    }
  }
  // Second pass: the words known after the first one decide which words of a term keep their German stem.
  const words = new Set(entries().flatMap((p) => p.key.split(' ')));
  const isKnown = (w: string) => words.has(w) || known(w);
  for (const e of synonyms.entries) {
    if (!isStemLang(e.lang)) continue;
    for (const term of e.terms)
      addKey(foreignKey(term, e.lang, isKnown), conceptsOf(e), e.weight ?? 1, also(e));
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
