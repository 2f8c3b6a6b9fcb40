/** The danger table ready for matching: a word's entries found by binary search in the sorted list, decoded once. */
import { lowerBound } from '../sorted.ts';
import { fold } from './fold.ts';
import { type DangerTable, ENTRY_SEP, MIN_STEM } from './types.ts';

/** One word of an entry: the whole word, or a stem (prefix). */
export interface Term {
  text: string;
  prefix: boolean;
}
/** An entry of the table: its spelling, concept and language; its terms are parsed when first met. */
export interface Entry {
  text: string;
  terms: Term[] | null;
  concept: number;
  lang: number;
  loose: boolean;
}
/** The table ready for matching: nothing is built; a word's entries are found by binary search and kept. */
export interface DangerMatcher {
  table: DangerTable;
  /** Per language (index): its group; kin languages (Russian and Ukrainian, typed alike) share one. */
  group: number[];
  /** Verb particles tried off a Latin word's front, folded, longest first. */
  prefixes: string[];
  calm: number;
  neg: number;
  common: number;
  /** The entries whose first word a form (with ~ for a skeleton) may be: the word itself, or a stem it begins with. */
  entries(form: string): Entry[];
}

function parseTerm(t: string): Term {
  return t.endsWith('*') ? { text: t.slice(0, -1), prefix: true } : { text: t, prefix: false };
}

/** The entries whose first word is `first` followed by one of `next` ("!" exact, " " a sequence, "*" a stem). */
function block(list: readonly string[], first: string, next: string): number[] {
  const out: number[] = [];
  for (let i = lowerBound(list, first); i < list.length; i += 1) {
    const e = list[i] ?? '';
    if (!e.startsWith(first)) break;
    if (next.includes(e[first.length] ?? '')) out.push(i);
  }
  return out;
}

function decode(raw: string): Entry {
  const [spelling = '', c, l] = raw.split(ENTRY_SEP);
  const isLoose = spelling.startsWith('~');
  const text = isLoose ? spelling.slice(1) : spelling;
  return { text, terms: null, concept: Number(c), lang: Number(l), loose: isLoose };
}

/**
 * Entries decoded once per table: every searcher made after a region arrives shares the wide-area pair's table, so
 * they share what earlier searches decoded too.
 */
const decodedOf = new WeakMap<DangerTable, Map<number, Entry>>();

/** Wraps the table for matching. */
export function dangerMatcher(table: DangerTable): DangerMatcher {
  const decoded = decodedOf.get(table) ?? new Map<number, Entry>();
  decodedOf.set(table, decoded);
  const entryAt = (i: number) => {
    let e = decoded.get(i);
    if (!e) {
      e = decode(table.entries[i] ?? '');
      decoded.set(i, e);
    }
    return e;
  };
  const kinOf = (lang: string) => table.kin.findIndex((k) => k.includes(lang));
  const group = table.langs.map((lang, l) => {
    const k = kinOf(lang);
    return k < 0 ? l : table.langs.findIndex((other) => kinOf(other) === k);
  });
  const prefixes = [...new Set(Object.values(table.prefixes).flat().map(fold))].sort(
    (a, b) => b.length - a.length,
  );
  return {
    table,
    group,
    prefixes,
    calm: table.concepts.indexOf('calm'),
    neg: table.concepts.indexOf('neg'),
    common: table.concepts.indexOf('common'),
    entries(form) {
      const tag = form.startsWith('~') ? '~' : '';
      const word = form.slice(tag.length);
      const found = block(table.entries, form, `${ENTRY_SEP} `);
      for (let n = MIN_STEM; n <= word.length; n += 1)
        found.push(...block(table.entries, tag + word.slice(0, n), '*'));
      return found.map(entryAt);
    },
  };
}

/** An entry's terms, parsed on first use. */
export function termsOf(e: Entry): Term[] {
  e.terms ??= e.text.split(' ').map(parseTerm);
  return e.terms;
}
