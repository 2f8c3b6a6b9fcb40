/** Query analysis: free text → weighted search units, named places and danger signs. */
import { readDanger } from './danger/understand.ts';
import type { Lexicon } from './lexicon.ts';
import { queryWords, stem } from './normalise.ts';
import { affixPhrase, findPhrasesAmong } from './phrases.ts';
import { fuzzyPlacesInTokens, placesInTokens } from './places.ts';
import { detectSafety } from './safety.ts';
import { foreignStems } from './stemmers.ts';
import { isStopword } from './stopwords.ts';
import { FOREIGN_WORDS, LONG_COMPOUND, TERM_WEIGHTS } from './tuning.ts';
import type { DangerSignal, PhraseEntry, PlaceEntry, SafetyRule } from './types.ts';

/** A term to look up and how much a match counts. */
export interface WeightedTerm {
  term: string;
  w: number;
}

/** One thing the family said: a word or a phrase with the terms it expands to. */
export interface Unit {
  show: string;
  terms: WeightedTerm[];
  /** Counts for coverage: results matching more of the query's units rank higher. */
  coverage: boolean;
  /** Concepts of a synonym phrase, kept for the reasons. */
  phrase?: PhraseEntry;
}

/** What a query's text was understood as. */
export interface Analysis {
  units: Unit[];
  places: PlaceEntry[];
  safety: SafetyRule[];
  /** The danger understood by meaning (danger/), or the first phrase-found kind as an alarm; null when none. */
  signal: DangerSignal | null;
  corrections: string[];
}

/** Term weights by how a term was derived (tuning.ts). */
const W = TERM_WEIGHTS;
/** Concepts that say what is needed (topic, category, language, mode); a stage alone (Baby) does not. */
const NEED = /^([tcl]:|m:(?!24-7))/;
const RANK_ONLY = /^[sa]:/;

function isNeed(entry: PhraseEntry): boolean {
  return entry.weight >= 1 && entry.concepts.some((c) => NEED.test(c));
}

/** Units that mean the same concepts (Ukraine + Flüchtling) count once, so one need does not outweigh another. */
function mergeSame(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  const byConcepts = new Map<string, Unit>();
  for (const u of units) {
    const key = u.phrase ? [...u.phrase.concepts].sort().join(',') : '';
    const same = key ? byConcepts.get(key) : undefined;
    if (!same) {
      if (key) byConcepts.set(key, u);
      out.push(u);
      continue;
    }
    same.show = `${same.show}, ${u.show}`;
    for (const t of u.terms) if (!same.terms.some((x) => x.term === t.term)) same.terms.push(t);
  }
  return out;
}

/** A word's terms: itself (or its correction), the parts of a compound, and longer words it begins. */
function wordTerms(word: string, corrected: boolean, lex: Lexicon): WeightedTerm[] {
  if (lex.generic.has(word)) return lex.hasPostings(word) ? [{ term: word, w: W.generic }] : [];
  const terms: WeightedTerm[] = [];
  const exact = lex.hasPostings(word);
  if (exact) terms.push({ term: word, w: corrected ? W.corrected : W.exact });
  if (!exact && lex.known(word) && word.length < LONG_COMPOUND) return terms;
  for (const p of lex.compound(word) ?? []) {
    const w = lex.generic.has(p) ? W.generic : exact ? W.part : W.compound;
    if (p !== word && !terms.some((t) => t.term === p)) terms.push({ term: p, w });
  }
  for (const p of lex.prefixed(word))
    if (!terms.some((t) => t.term === p)) terms.push({ term: p, w: W.prefix });
  return terms;
}

function conceptTerms(entry: PhraseEntry, factor: number): WeightedTerm[] {
  // Stages and audiences rank (see rank.ts) but do not make an offer relevant: nearly every offer has one.
  const strong = entry.concepts
    .filter((c) => !RANK_ONLY.test(c))
    .map((c) => ({ term: c, w: entry.weight * factor }));
  const weak = (entry.also ?? []).map((c) => ({
    term: c.startsWith('w:') ? c.slice(2) : c,
    w: entry.weight * factor * W.also,
  }));
  return [...strong, ...weak];
}

/** How the query's words are read: the form searched for, the forms phrases may match, typo corrections. */
interface ReadWords {
  words: string[];
  forms: string[][];
  corrections: string[];
}

/**
 * Each word as searched: its German stem when the index knows it, else its first known stem in another language
 * (for at most FOREIGN_WORDS words, the family's language first), else a typo correction. Phrases may match any
 * of a word's forms; foreign stems are not tried for words the offers use (those stay German).
 */
function readWords(
  tokens: string[],
  stems: string[],
  fixed: (i: number) => boolean,
  lex: Lexicon,
  guarded: (i: number) => boolean,
  hint?: string,
): ReadWords {
  let budget = FOREIGN_WORDS;
  const foreign = tokens.map((t, i) => {
    if (budget <= 0 || fixed(i) || lex.hasPostings(stems[i] ?? '') || /\d/.test(t)) return [];
    budget -= 1;
    return foreignStems(t, hint);
  });
  const corrections: string[] = [];
  const words = stems.map((s, i) => {
    if (fixed(i) || lex.known(s) || /\d/.test(s)) return s;
    const known = foreign[i]?.find((f) => lex.known(f));
    if (known) return known;
    // A danger word of some language is never "corrected" into a harmless word of the vocabulary.
    const f = lex.compound(s) || guarded(i) ? null : lex.fuzzy(s);
    if (f) corrections.push(`${tokens[i]} → ${f}`);
    return f ?? s;
  });
  const forms = words.map((w, i) => [...new Set([w, stems[i] ?? '', ...(foreign[i] ?? [])])]);
  return { words, forms, corrections };
}

/**
 * Splits a query text into units: synonym phrases (longest first), named places, and the remaining words. A word
 * the German stemmer leaves unknown is stemmed in the languages of its script (`hint`, the family's language,
 * first) before typo correction.
 */
export function analyse(text: string, lex: Lexicon, hint?: string): Analysis {
  const typed = queryWords(text);
  const danger = readDanger(text, lex.danger());
  const guarded = (i: number) => danger.guards(typed[i]?.raw ?? '');
  const tokens = typed.map((w) => w.token);
  const shown = (start: number, end: number) =>
    [...new Set(typed.slice(start, end).map((w) => w.raw))].join(' ');
  const stops = tokens.map(isStopword);
  const stems = tokens.map(stem);
  const exactPlaces = placesInTokens(tokens, lex.places);
  const exactSpan = new Set(exactPlaces.flatMap((h) => range(h.start, h.end)));
  // A word the index does not know may be a place name with a typo ("kaufbeuern").
  const typoPlaces = fuzzyPlacesInTokens(
    tokens,
    (i) => !exactSpan.has(i) && !stops[i],
    (i) => !lex.known(stems[i] ?? ''),
    lex.places.values(),
  );
  const placeHits = [...exactPlaces, ...typoPlaces];
  const inPlace = new Set(placeHits.flatMap((h) => range(h.start, h.end)));
  const { words, forms, corrections } = readWords(
    tokens,
    stems,
    (i) => stops[i] === true || inPlace.has(i),
    lex,
    guarded,
    hint,
  );
  const units: Unit[] = [];
  const used = new Set(inPlace);
  const skip = (i: number) => stops[i] === true || inPlace.has(i);
  for (const hit of findPhrasesAmong(forms, lex.phrases, skip, lex.phrasePrefixes)) {
    const span = range(hit.start, hit.end);
    if (span.some((i) => inPlace.has(i))) continue;
    for (const i of span) used.add(i);
    const terms = conceptTerms(hit.value, 1);
    for (const i of span) if (!stops[i]) terms.push(...wordTerms(words[i] ?? '', words[i] !== stems[i], lex));
    units.push({ show: shown(hit.start, hit.end), terms, coverage: isNeed(hit.value), phrase: hit.value });
  }
  words.forEach((word, i) => {
    if (used.has(i) || stops[i]) return;
    const terms = wordTerms(word, word !== stems[i], lex);
    const affix = affixPhrase(word, lex.phrases);
    if (affix) terms.push(...conceptTerms(affix, W.affix));
    const coverage = affix ? isNeed(affix) : terms.length > 0 && !lex.generic.has(word);
    units.push({ show: shown(i, i + 1), terms, coverage, ...(affix ? { phrase: affix } : {}) });
  });
  for (const h of placeHits) {
    const terms = range(h.start, h.end).map((i) => ({ term: stems[i] ?? '', w: W.place }));
    units.push({ show: h.place.name, terms: terms.filter((t) => lex.hasPostings(t.term)), coverage: false });
  }
  const { safety, signal } = danger.decide(detectSafety(words, text, lex, forms), lex.safetyRules);
  return { units: mergeSame(units), places: placeHits.map((h) => h.place), safety, signal, corrections };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}
