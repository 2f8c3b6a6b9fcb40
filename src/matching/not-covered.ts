/** Needs outside Lotse's field (a Kita place): named to the family instead of answered with near misses. */
import { queryWords, stem } from './normalise.ts';
import { findPhrases } from './phrases.ts';
import { keys } from './safety.ts';
import type { NotCovered, NotCoveredNeed, SafetyFile } from './types.ts';

/** Needs Lotse does not cover, with their terms as stem keys. */
export function compileNotCovered(file: SafetyFile): NotCoveredNeed[] {
  return (file.not_covered ?? []).map((n) => ({
    ...n,
    terms: keys(n.terms),
    fillers: keys(n.fillers ?? []),
  }));
}

/**
 * The first need not covered that a text names, and the text without the words naming it (so that they do not
 * pull in near misses); null when the text names none.
 */
export function splitNotCovered(
  text: string,
  needs: NotCoveredNeed[],
): { need: NotCoveredNeed; rest: string } | null {
  if (needs.length === 0) return null;
  const words = queryWords(text);
  const table = new Map(needs.flatMap((n) => n.terms.map((t) => [t, n] as const)));
  const stems = words.map((w) => stem(w.token));
  const hits = findPhrases(stems, table);
  const first = hits[0];
  if (!first) return null;
  const naming = new Set<number>();
  for (const h of hits) for (let i = h.start; i < h.end; i += 1) if (h.value === first.value) naming.add(i);
  const filler = new Set(first.value.fillers ?? []);
  const kept = words.filter((_, i) => !naming.has(i) && !filler.has(stems[i] ?? ''));
  return { need: first.value, rest: kept.map((w) => w.token).join(' ') };
}

/** What a result says about a need not covered: its label and the responsible offers the family can reach. */
export function notCoveredResult(need: NotCoveredNeed, reachable: (id: string) => boolean): NotCovered {
  return { id: need.id, label: need.label, responsible: need.responsible.filter(reachable) };
}
