/** Danger phrases: compiled from data/safety.json, found in a query's words. */

import { stem, tokenise } from './normalise.ts';
import { findPhrases, phraseKey } from './phrases.ts';
import type { SafetyFile, SafetyRule } from './types.ts';

function wordStems(words: string[]): string[] {
  return [...new Set(words.flatMap((w) => tokenise(w).map(stem)))];
}

/** The safety kinds of data/safety.json with their phrases as stem keys, plus the rule for an urgent query. */
export function compileSafety(file: SafetyFile): { rules: SafetyRule[]; urgent: SafetyRule } {
  const rules = file.kinds.map((k) => ({
    id: k.id,
    max: k.max,
    emergencyFirst: k.emergency_first,
    numbers: k.numbers,
    allDay: k.require_24_7,
    topics: k.topics,
    categories: k.categories,
    words: wordStems(k.words),
    phrases: [...new Set(k.phrases.map(phraseKey).filter((p) => p !== ''))].sort(),
  }));
  const u = file.urgent;
  const urgent = {
    id: 'urgent',
    max: u.max,
    emergencyFirst: u.emergency_first,
    numbers: u.numbers,
    allDay: u.require_24_7,
    topics: u.topics,
    categories: u.categories,
    words: wordStems(u.words),
    phrases: [],
  };
  return { rules, urgent };
}

/** Phrase key → the rules it belongs to, built once per searcher. */
export function safetyTable(rules: SafetyRule[]): Map<string, SafetyRule[]> {
  const table = new Map<string, SafetyRule[]>();
  for (const rule of rules) {
    for (const key of rule.phrases) table.set(key, [...(table.get(key) ?? []), rule]);
  }
  return table;
}

/** The safety kinds whose phrases occur in the query's stems, in order of first appearance, without repeats. */
export function detectSafety(stems: string[], table: Map<string, SafetyRule[]>): SafetyRule[] {
  const found: SafetyRule[] = [];
  for (const hit of findPhrases(stems, table)) {
    for (const rule of hit.value) if (!found.includes(rule)) found.push(rule);
  }
  return found;
}
