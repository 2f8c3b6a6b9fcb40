/** Danger signs: compiled from data/safety.json, found in a query's words by phrase and by word pattern. */

import type { Lexicon } from './lexicon.ts';
import { MAX_TEXT_CHARS, stem, tokenise } from './normalise.ts';
import { findPhrases, findPhrasesAmong, phraseKey } from './phrases.ts';
import { languagesFor, STEM_LANGS, stemsIn } from './stemmers.ts';
import type { CompiledPattern, DangerPattern, SafetyFile, SafetyKind, SafetyRule } from './types.ts';

function wordStems(words: string[]): string[] {
  return [...new Set(words.flatMap((w) => tokenise(w).map(stem)))];
}

/** Distinct, non-empty stem keys of phrases, sorted. */
export const keys = (phrases: string[]) =>
  [...new Set(phrases.map(phraseKey).filter((p) => p !== ''))].sort();

/** The phrases' keys in German and, for the words of another script or language, in each stemmed language. */
function allKeys(phrases: string[], german: (stem: string) => boolean): string[] {
  const out = new Set(keys(phrases));
  for (const p of phrases) {
    const tokens = tokenise(p);
    for (const lang of STEM_LANGS)
      if (tokens.some((t) => languagesFor(t).includes(lang)))
        out.add(stemsIn(tokens, lang, german).join(' '));
  }
  return [...out].filter((k) => k !== '').sort();
}

function compilePattern(p: DangerPattern): CompiledPattern {
  return { groups: p.groups.map(wordStems), window: p.window, ordered: p.ordered === true };
}

type RuleBase = Omit<SafetyKind, 'id' | 'phrases'>;

function compileRule(
  id: string,
  k: RuleBase,
  phrases: string[],
  german: (stem: string) => boolean,
): SafetyRule {
  return {
    id,
    max: k.max,
    emergencyFirst: k.emergency_first,
    numbers: k.numbers,
    allDay: k.require_24_7,
    topics: k.topics,
    categories: k.categories,
    words: wordStems(k.words),
    phrases: allKeys(phrases, german),
    offers: k.offers ?? [],
    patterns: (k.patterns ?? []).map(compilePattern),
    exclude: keys(k.exclude ?? []),
  };
}

/** The safety kinds of data/safety.json with their phrases as stem keys, plus the rule for an urgent query. */
export function compileSafety(
  file: SafetyFile,
  german: (stem: string) => boolean = () => false,
): { rules: SafetyRule[]; urgent: SafetyRule } {
  return {
    rules: file.kinds.map((k) => compileRule(k.id, k, k.phrases, german)),
    urgent: compileRule('urgent', file.urgent, [], german),
  };
}

/** Phrase key → the rules it belongs to, built once per searcher. */
export function safetyTable(rules: SafetyRule[]): Map<string, SafetyRule[]> {
  const table = new Map<string, SafetyRule[]>();
  for (const rule of rules) {
    for (const key of rule.phrases) table.set(key, [...(table.get(key) ?? []), rule]);
  }
  return table;
}

/** Word positions inside one of the rule's lookalike phrases ("Baby tritt mich" is no violence). */
function excluded(stems: string[], rule: SafetyRule): Set<number> {
  const out = new Set<number>();
  if (rule.exclude.length === 0) return out;
  const table = new Map(rule.exclude.map((k) => [k, true]));
  for (const hit of findPhrases(stems, table)) for (let i = hit.start; i < hit.end; i += 1) out.add(i);
  return out;
}

/** The first position where one word of each group occurs within the window (in order when ordered), or -1. */
function patternAt(stems: string[], p: CompiledPattern, blocked: Set<number>): number {
  const sets = p.groups.map((g) => new Set(g));
  const has = (i: number, g: number) => !blocked.has(i) && !!sets[g]?.has(stems[i] ?? '');
  for (let s = 0; s < stems.length; s += 1) {
    if (!sets.some((_, g) => has(s, g))) continue;
    const end = Math.min(stems.length, s + p.window);
    if (p.ordered) {
      let g = 0;
      for (let i = s; i < end && g < sets.length; i += 1) if (has(i, g)) g += 1;
      if (g === sets.length) return s;
    } else if (sets.every((_, g) => range(s, end).some((i) => has(i, g)))) return s;
  }
  return -1;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

/** The danger tables of the lexicon that detection reads. */
type SafetyTables = Pick<Lexicon, 'safetyRules' | 'safety' | 'safetyPrefixes'>;

/**
 * Where each rule first shows in the stems (phrase or pattern, lookalikes excluded). With `forms` (each word's
 * German and foreign stems), phrases may match any form; patterns and lookalikes are German and read `stems`.
 */
function firstHits(stems: string[], lex: SafetyTables, forms?: string[][]): Map<SafetyRule, number> {
  const rules = lex.safetyRules;
  const at = new Map<SafetyRule, number>();
  const blockedBy = new Map(rules.map((r) => [r, excluded(stems, r)]));
  const note = (rule: SafetyRule, pos: number) => {
    if (pos >= 0 && (at.get(rule) ?? Number.POSITIVE_INFINITY) > pos) at.set(rule, pos);
  };
  const phraseForms = forms ?? stems.map((s) => [s]);
  for (const hit of findPhrasesAmong(phraseForms, lex.safety, undefined, lex.safetyPrefixes)) {
    for (const rule of hit.value) {
      const blocked = blockedBy.get(rule) ?? new Set<number>();
      if (!range(hit.start, hit.end).some((i) => blocked.has(i))) note(rule, hit.start);
    }
  }
  for (const rule of rules)
    for (const p of rule.patterns) note(rule, patternAt(stems, p, blockedBy.get(rule) ?? new Set<number>()));
  return at;
}

/**
 * The danger kinds in a query, in order of first appearance, without repeats: looked for in the searched words
 * (typos corrected, phrases also in each word's stems in other languages: `forms`, "kocam beni dövdü") and in the
 * whole text up to MAX_TEXT_CHARS, so a long or odd text still raises the alarm.
 */
export function detectSafety(
  stems: string[],
  text: string,
  lex: SafetyTables,
  forms?: string[][],
): SafetyRule[] {
  const whole = tokenise(text.slice(0, MAX_TEXT_CHARS)).map(stem);
  const at = firstHits(stems, lex, forms);
  for (const [rule, pos] of firstHits(whole, lex)) if (!at.has(rule)) at.set(rule, pos);
  return [...at].sort((a, b) => a[1] - b[1]).map(([rule]) => rule);
}
