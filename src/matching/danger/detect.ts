/**
 * Run time: danger understood by meaning. The text's words are matched against every language's word groups
 * (folded, Arabic clitics stripped, Latin words also as loose skeletons for transliterated Cyrillic and Arabizi),
 * harmless idioms (`calm`) are taken out, and the rules combine what is left: one word of each concept within a
 * window, none of the rule's spoilers near, an alarm turned into a net when its verb is negated.
 */
import { MAX_TEXT_CHARS } from '../light.ts';
import { arabicStems, fold, loose, scriptOf, words } from './fold.ts';
import { type DangerRule, type DangerSignal, type DangerTable, ENTRY_SEP, MIN_STEM } from './types.ts';

interface Term {
  text: string;
  prefix: boolean;
}
interface Entry {
  text: string;
  terms: Term[] | null;
  concept: number;
  lang: number;
  loose: boolean;
}
/** Where a concept was found: word positions [start, end), the language of its entry. */
interface Hit {
  concept: number;
  lang: number;
  start: number;
  end: number;
}

/** How far apart the words of one entry may stand ("tu ... an"). */
const SEQUENCE_GAP = 5;
/** An idiom may have one word inside it ("bringt mich um den Schlaf"), no more. */
const CALM_GAP = 2;

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

/** The first index in the sorted list whose entry is not before `key`. */
function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries whose first word is `first` followed by one of `next` ("!" exact, " " a sequence, "*" a stem). */
function block(list: readonly string[], first: string, next: string): number[] {
  const out: number[] = [];
  for (let i = lowerBound(list, first); i < list.length; i += 1) {
    const e = list[i] as string;
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
      e = decode(table.entries[i] as string);
      decoded.set(i, e);
    }
    return e;
  };
  const kinOf = (lang: string) => table.kin.findIndex((k) => k.includes(lang));
  const group = table.langs.map((lang, l) => {
    const k = kinOf(lang);
    return k < 0 ? l : table.langs.findIndex((other) => kinOf(other) === k);
  });
  const prefixes = [...new Set(Object.values(table.prefixes).flat().map(fold))].sort((a, b) => b.length - a.length);
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
      for (let n = MIN_STEM; n <= word.length; n += 1) found.push(...block(table.entries, tag + word.slice(0, n), '*'));
      return found.map(entryAt);
    },
  };
}

/** An entry's terms, parsed on first use. */
function termsOf(e: Entry): Term[] {
  e.terms ??= e.text.split(' ').map(parseTerm);
  return e.terms;
}

/** A particle left this many letters at least: shorter rests are other words (anders is no "ders"). */
const MIN_REST = 4;

/** A Latin word without a leading verb particle, and without the participle's ge- after it (runtergeschubst). */
function particleStems(word: string, prefixes: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of prefixes) {
    if (!word.startsWith(p) || word.length - p.length < MIN_REST) continue;
    const rest = word.slice(p.length);
    out.push(rest);
    if (rest.startsWith('ge') && rest.length - 2 >= MIN_REST) out.push(rest.slice(2));
  }
  return out;
}

/** The forms a word is tried in: itself, without particles, its Arabic stems, its loose Latin skeleton (~). */
function formsOf(word: string, prefixes: readonly string[]): string[] {
  const script = scriptOf(word);
  if (script === 'latin') return [word, ...particleStems(word, prefixes), `~${loose(word)}`];
  if (script === 'arabic') return [word, ...arabicStems(word)];
  return [word];
}

function termMatches(term: Term, forms: string[], isLoose: boolean): boolean {
  for (const f of forms) {
    if (f.startsWith('~') !== isLoose) continue;
    const w = isLoose ? f.slice(1) : f;
    if (term.prefix ? w.startsWith(term.text) : w === term.text) return true;
  }
  return false;
}

/**
 * The end of a sequence entry starting at `start`, each further term within SEQUENCE_GAP words, or -1. A harmless
 * idiom (calm) allows one word between its parts at most: with wider gaps, "dying to" would cover "baby dying,
 * need to go".
 */
function sequenceEnd(e: Entry, start: number, forms: string[][], calm: number): number {
  const gap = e.concept === calm ? CALM_GAP : SEQUENCE_GAP;
  let at = start;
  for (let t = 1; t < termsOf(e).length; t += 1) {
    const term = termsOf(e)[t] as Term;
    let found = -1;
    for (let i = at + 1; i <= Math.min(forms.length - 1, at + gap); i += 1)
      if (termMatches(term, forms[i] ?? [], e.loose)) {
        found = i;
        break;
      }
    if (found < 0) return -1;
    at = found;
  }
  return at + 1;
}

function findHits(forms: string[][], m: DangerMatcher): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  forms.forEach((fs, i) => {
    const candidates: Entry[] = [];
    for (const f of fs) candidates.push(...m.entries(f));
    for (const e of candidates) {
      if (!termMatches(termsOf(e)[0] as Term, fs, e.loose)) continue;
      const end = termsOf(e).length === 1 ? i + 1 : sequenceEnd(e, i, forms, m.calm);
      const id = `${e.concept}:${e.lang}:${i}:${end}`;
      if (end < 0 || seen.has(id)) continue;
      seen.add(id);
      hits.push({ concept: e.concept, lang: e.lang, start: i, end });
    }
  });
  return hits;
}

/**
 * Where two languages read the same word differently (German "er" is he, English "ER" the emergency room), the
 * reading of the language that explains more of the text's words wins; a tie keeps both. A language's evidence is
 * every word its groups or its frequent words (`common`) explain, so a Romanian stem inside a German sentence
 * ("Fläschchen") does not count.
 */
function likeliest(hits: Hit[], m: DangerMatcher): Hit[] {
  const covered = new Map<number, Set<number>>();
  for (const h of hits) {
    const g = m.group[h.lang] ?? h.lang;
    const set = covered.get(g) ?? new Set<number>();
    for (let i = h.start; i < h.end; i += 1) set.add(i);
    covered.set(g, set);
  }
  const evidence = (g: number) => covered.get(g)?.size ?? 0;
  const most = Math.max(0, ...[...covered.values()].map((set) => set.size));
  return hits.filter((h) => {
    if (h.concept === m.common) return false;
    const mine = evidence(m.group[h.lang] ?? h.lang);
    // A language that explains at most half as many words as the text's main language is not the one it is in.
    if (most >= FOREIGN_EVIDENCE && mine * 2 <= most) return false;
    for (const [g, set] of covered) if (set.has(h.start) && evidence(g) > mine) return false;
    return true;
  });
}

/** From this many words explained by one language, words of languages explaining half as many or fewer drop out. */
const FOREIGN_EVIDENCE = 3;

/** Hits outside every harmless idiom (the idioms themselves are dropped). */
function withoutCalm(hits: Hit[], calm: number): Hit[] {
  const covered = new Set<number>();
  for (const h of hits) if (h.concept === calm) for (let i = h.start; i < h.end; i += 1) covered.add(i);
  return hits.filter((h) => {
    if (h.concept === calm) return false;
    for (let i = h.start; i < h.end; i += 1) if (covered.has(i)) return false;
    return true;
  });
}

const distance = (a: Hit, b: Hit) => Math.max(0, a.start - b.end + 1, b.start - a.end + 1);

/** A hit with a negation right before or after it. */
function negated(h: Hit, hits: Hit[], m: DangerMatcher): boolean {
  // A negation inside the entry itself ("won't let me leave") is part of its meaning, not a denial of it.
  const inside = (n: Hit) => n.start >= h.start && n.end <= h.end;
  return hits.some((n) => n.concept === m.neg && !inside(n) && distance(n, h) <= m.table.near);
}

interface Holds {
  hits: Hit[];
  negated: boolean;
}

/** Whether a rule holds: per anchor, the nearest hit of each group within the window; un-negated first. */
function holds(rule: DangerRule, hits: Hit[], m: DangerMatcher): Holds | null {
  const { window } = m.table;
  const groups = rule.all.map((g) => hits.filter((h) => g.includes(h.concept)));
  if (groups.some((g) => g.length === 0)) return null;
  let best: Holds | null = null;
  for (const anchor of groups[0] ?? []) {
    // One meaning is said in one language: the words a rule combines, its spoilers and negations all are.
    const kin = m.group[anchor.lang];
    const same = (h: Hit) => m.group[h.lang] === kin;
    const chosen = groups.map((g) =>
      g.reduce<Hit | null>(
        (a, h) =>
          same(h) && distance(h, anchor) <= window && (!a || distance(h, anchor) < distance(a, anchor))
            ? h
            : a,
        null,
      ),
    );
    if (chosen.some((h) => h === null)) continue;
    const picked = chosen as Hit[];
    const near = (h: Hit) => picked.some((p) => distance(h, p) <= window);
    if (hits.some((h) => same(h) && rule.none.includes(h.concept) && near(h))) continue;
    const neg = picked.some((h) => rule.negatable.includes(h.concept) && negated(h, hits.filter(same), m));
    if (!neg) return { hits: picked, negated: false };
    best = best ?? { hits: picked, negated: true };
  }
  return best;
}

/** The language most of the hits came from (the first hit's on a tie). */
function languageOf(hits: Hit[], m: DangerMatcher): string | null {
  const count = new Map<number, number>();
  for (const h of hits) count.set(h.lang, (count.get(h.lang) ?? 0) + 1);
  let best: number | null = null;
  for (const h of hits) if (best === null || (count.get(h.lang) ?? 0) > (count.get(best) ?? 0)) best = h.lang;
  return best === null ? null : (m.table.langs[best] ?? null);
}

/** The concept hits of a text (after idioms), for the danger rules and for tests. */
export function dangerHits(text: string, m: DangerMatcher): { words: string[]; hits: Hit[] } {
  const ws = words(text.slice(0, MAX_TEXT_CHARS));
  const forms = ws.map((w) => formsOf(w, m.prefixes));
  return { words: ws, hits: likeliest(withoutCalm(findHits(forms, m), m.calm), m) };
}

/** What danger a text shows: the first alarm rule that holds (with every other alarm kind), else the first net. */
export function detectDanger(text: string, m: DangerMatcher): DangerSignal | null {
  const { hits } = dangerHits(text, m);
  if (hits.length === 0) return null;
  const kinds: string[] = [];
  let first: Holds | null = null;
  let net: { kind: string; holds: Holds } | null = null;
  for (const rule of m.table.alarm) {
    const h = holds(rule, hits, m);
    if (!h) continue;
    if (h.negated) {
      net = net ?? { kind: rule.kind, holds: h };
      continue;
    }
    if (!kinds.includes(rule.kind)) kinds.push(rule.kind);
    first = first ?? h;
  }
  if (first) return { kind: kinds[0] as string, level: 'alarm', lang: languageOf(first.hits, m), kinds };
  for (const rule of m.table.net) {
    if (net) break;
    const h = holds(rule, hits, m);
    if (h) net = { kind: rule.kind, holds: h };
  }
  return net ? { kind: net.kind, level: 'net', lang: languageOf(net.holds.hits, m), kinds: [] } : null;
}
