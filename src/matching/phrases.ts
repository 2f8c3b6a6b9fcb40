/** Synonym phrases: compiled at build time from the taxonomy and data/synonyms.json, matched at query time. */
import type { Taxonomy } from '../catalogue/index.ts';
import { stem, tokenise } from './normalise.ts';
import { isStemLang, type StemLang, stemsIn } from './stemmers.ts';
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
 * The key of a text with its words of `lang`'s script stemmed in `lang` (what an inflected query meets), except
 * words whose German stem the offers use (`german`), which the query side keeps German.
 */
export function foreignKey(text: string, lang: StemLang, german: (stem: string) => boolean): string {
  return stemsIn(tokenise(text), lang, german).join(' ');
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
 * Taxonomy labels and synonyms plus data/synonyms.json as one sorted phrase table. Terms of a language with a
 * stemmer are keyed with its stems (the query side tries them for every word the offers do not use: `german`);
 * Russian and Ukrainian terms get a Latin twin.
 */
export function compilePhrases(
  taxonomy: Taxonomy,
  synonyms: SynonymsFile,
  german: (stem: string) => boolean = () => false,
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
    const lang = isStemLang(e.lang) ? e.lang : null;
    const latin = e.lang === 'ru' || e.lang === 'uk' ? e.lang : null;
    for (const term of e.terms) {
      const key = lang ? foreignKey(term, lang, german) : phraseKey(term);
      addKey(key, conceptsOf(e), e.weight ?? 1, also(e), e.replace === true, term);
      if (latin) add(transliterate(term, latin), conceptsOf(e), e.weight ?? 1, also(e));
    }
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
  return findPhrasesAmong(
    stems.map((s) => [s]),
    table,
    skip,
  );
}

/** Every key prefix of whole words ("a", "a b" for "a b c"): how far a word-by-word search may go on. */
export function keyPrefixes(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    let at = key.indexOf(' ');
    while (at > 0) {
      out.add(key.slice(0, at));
      at = key.indexOf(' ', at + 1);
    }
  }
  return out;
}

/** The longest key starting at `i`, trying each word's forms in order; `prefixes` prunes forms that lead nowhere. */
function longestAt<T>(
  forms: string[][],
  i: number,
  table: Map<string, T>,
  prefixes?: Set<string>,
): PhraseHit<T> | null {
  let best: PhraseHit<T> | null = null;
  const walk = (at: number, key: string) => {
    for (const form of forms[at] ?? []) {
      const next = key === '' ? form : `${key} ${form}`;
      const value = table.get(next);
      if (value !== undefined && (!best || at + 1 > best.end)) best = { start: i, end: at + 1, value };
      const deeper = at + 1 < forms.length && at + 1 - i < MAX_PHRASE_WORDS;
      if (deeper && (!prefixes || prefixes.has(next))) walk(at + 1, next);
    }
  };
  walk(i, '');
  return best;
}

/**
 * findPhrases over several forms per word (German stem, stems in other languages): the longest phrase any
 * combination spells wins, earlier forms first among equally long ones.
 */
export function findPhrasesAmong<T>(
  forms: string[][],
  table: Map<string, T>,
  skip?: (i: number) => boolean,
  prefixes?: Set<string>,
): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  let i = 0;
  while (i < forms.length) {
    const found = longestAt(forms, i, table, prefixes);
    if (found && !(found.end - found.start === 1 && skip?.(i))) {
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
