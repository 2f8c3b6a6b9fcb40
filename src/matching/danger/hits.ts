/**
 * From text to concept hits: each word in the forms it may take, the entries that begin there (sequences across a few
 * words), idioms taken out, and where two languages read a word differently, the likelier language's reading.
 */
import { MAX_TEXT_CHARS } from '../light.ts';
import { arabicStems, loose, scriptOf, umlautForm, words } from './fold.ts';
import { type DangerMatcher, type Entry, type Term, termsOf } from './lookup.ts';
import { MIN_STEM } from './types.ts';

/** Where a concept was found: word positions [start, end), the language of its entry, whether as a skeleton. */
export interface Hit {
  concept: number;
  lang: number;
  start: number;
  end: number;
  loose: boolean;
  /** A skeleton of one or two letters ("bu", "bi", "be"): a word in many languages. */
  short: boolean;
}

/** How far apart the words of one entry may stand ("tu ... an"). */
const SEQUENCE_GAP = 5;
/** An idiom may have one word inside it ("bringt mich um den Schlaf"), no more. */
const CALM_GAP = 2;

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
export function formsOf(word: string, prefixes: readonly string[]): string[] {
  const script = scriptOf(word);
  if (script === 'latin') {
    const umlaut = umlautForm(word);
    const own = umlaut ? [word, umlaut] : [word];
    return [...own, ...own.flatMap((w) => particleStems(w, prefixes)), `~${loose(word)}`];
  }
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
    const term = termsOf(e)[t];
    if (!term) return -1;
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

export function findHits(forms: string[][], m: DangerMatcher): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  forms.forEach((fs, i) => {
    const candidates: Entry[] = [];
    for (const f of fs) candidates.push(...m.entries(f));
    // A negation is read as written: stripped of a clitic, Arabic لما (when) would be ما (not).
    const own = fs.filter((f, k) => k === 0 || f.startsWith('~'));
    for (const e of candidates) {
      const first = termsOf(e)[0];
      if (!first || !termMatches(first, e.concept === m.neg ? own : fs, e.loose)) continue;
      const end = termsOf(e).length === 1 ? i + 1 : sequenceEnd(e, i, forms, m.calm);
      const id = `${e.concept}:${e.lang}:${i}:${end}`;
      if (end < 0 || seen.has(id)) continue;
      seen.add(id);
      const short = e.loose && end === i + 1 && e.text.replace('*', '').length < MIN_STEM;
      hits.push({ concept: e.concept, lang: e.lang, start: i, end, loose: e.loose, short });
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
/**
 * A short skeleton ("bu", "bi") counts only beside a longer word of the same transliterated language: "cholovik bye
 * mene" is Ukrainian, "bu uykusuzluk" is Turkish.
 */
export function withoutStray(hits: Hit[], m: DangerMatcher): Hit[] {
  // Only a word no language reads as its own ("muzh", not "baby") shows that a transliterated language is typed.
  const native = new Set(hits.filter((h) => !h.loose).map((h) => h.start));
  const backed = new Set(
    hits.filter((h) => h.loose && !h.short && !native.has(h.start)).map((h) => m.group[h.lang] ?? h.lang),
  );
  return hits.filter((h) => !h.short || backed.has(m.group[h.lang] ?? h.lang));
}

export function likeliest(hits: Hit[], m: DangerMatcher): Hit[] {
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
    // A skeleton (Russian in Latin letters, Arabizi) loses a tie to a language's own reading of the word.
    for (const [g, set] of covered)
      if (
        set.has(h.start) &&
        g !== (m.group[h.lang] ?? h.lang) &&
        (evidence(g) > mine || (h.loose && evidence(g) === mine))
      )
        return false;
    return true;
  });
}

/** From this many words explained by one language, words of languages explaining half as many or fewer drop out. */
const FOREIGN_EVIDENCE = 2;

/** Hits outside every harmless idiom (the idioms themselves are dropped). */
export function withoutCalm(hits: Hit[], calm: number): Hit[] {
  const covered = new Set<number>();
  for (const h of hits) if (h.concept === calm) for (let i = h.start; i < h.end; i += 1) covered.add(i);
  return hits.filter((h) => {
    if (h.concept === calm) return false;
    for (let i = h.start; i < h.end; i += 1) if (covered.has(i)) return false;
    return true;
  });
}

/** The concept hits of a text (after idioms), for the danger rules and for tests. */
export function dangerHits(text: string, m: DangerMatcher): { words: string[]; hits: Hit[] } {
  const ws = words(text.slice(0, MAX_TEXT_CHARS));
  const forms = ws.map((w) => formsOf(w, m.prefixes));
  return { words: ws, hits: likeliest(withoutStray(withoutCalm(findHits(forms, m), m.calm), m), m) };
}
