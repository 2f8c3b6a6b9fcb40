/** From found documents to ranked, explained matches. */

import { offerDistance } from './distance.ts';
import { type DocTable, offerAt } from './docs.ts';
import { factors, type RankContext, reasonsFor } from './rank.ts';
import { type Accumulated, coverage } from './score.ts';
import { NET_FLOOR } from './tuning.ts';
import type { Match, Reason } from './types.ts';

/** What a search found before ranking. */
export interface Found {
  /** Matches (plus the KoKi net), or the fallback in its own order. */
  listed: number[];
  /** The family's KoKi, listed although it did not match. */
  net: Set<number>;
  /** The safety block, in order. */
  block: number[];
  fallback: boolean;
  safety: boolean;
  rel: (n: number) => number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function product(f: Record<string, number>, base: number): number {
  let s = base;
  for (const k in f) s *= f[k] ?? 1;
  return s;
}

/** The list with the call lines as its 2nd and 3rd entries (moved up when they were further down). */
function withCalls(ordered: number[], calls: number[]): number[] {
  if (calls.length === 0) return ordered;
  const rest = ordered.filter((n) => !calls.includes(n));
  return [...rest.slice(0, 1), ...calls, ...rest.slice(1)];
}

/**
 * Ranks the found documents (safety block first, then by score, ties by id), adds the lines `callsFor` gives
 * after the first result, and explains the first `limit`.
 */
export function rankResults(
  found: Found,
  docs: DocTable,
  ctx: RankContext,
  acc: Accumulated | null,
  limit: number,
  callsFor: (ordered: number[]) => number[],
): { results: Match[]; total: number } {
  const { fallback, net } = found;
  const base = (n: number) => (acc && !fallback ? Math.max(found.rel(n), net.has(n) ? NET_FLOOR : 0) : 1);
  const inBlock = new Set(found.block);
  const rest = found.listed
    .filter((n) => !inBlock.has(n))
    .map((n) => {
      const offer = offerAt(docs, n);
      return { n, offer, score: round(product(factors(offer, ctx), base(n))) };
    });
  // The fallback keeps its own order (the family's KoKi first); everything else is ranked by score, then id.
  if (!fallback) rest.sort((a, b) => b.score - a.score || (a.offer.id < b.offer.id ? -1 : 1));
  const origin = ctx.origin;
  const ranked = [...found.block, ...rest.map((r) => r.n)];
  const calls = callsFor(ranked);
  const ordered = withCalls(ranked, calls);
  const first = (n: number): Reason[] => {
    if (calls.includes(n)) return [{ key: 'reason.noLocalPhone' }];
    if (inBlock.has(n)) {
      const allDay: Reason[] = offerAt(docs, n).available_24_7 ? [{ key: 'reason.available247' }] : [];
      return [{ key: 'reason.safety' }, ...allDay];
    }
    return fallback || net.has(n) ? [{ key: 'reason.fallback' }] : [];
  };
  const toMatch = (n: number): Match => {
    const offer = offerAt(docs, n);
    const f = factors(offer, ctx);
    const explain: Record<string, number> = { relevance: round(base(n)), ...f };
    if (acc && !fallback) explain.coverage = round(coverage(acc, n));
    if (inBlock.has(n)) explain.safety = 1;
    const reasons = [...first(n), ...reasonsFor(offer, acc?.matched[n] ?? 0, acc?.byWord[n] ?? 0, ctx)];
    const block = calls.includes(n) ? 'call' : inBlock.has(n) ? 'safety' : undefined;
    const match: Match = { id: offer.id, offer, score: round(product(f, base(n))), reasons, explain };
    const d = origin && !inBlock.has(n) ? offerDistance(offer, origin, ctx.index) : null;
    if (d) Object.assign(match, { distanceKm: Math.round(d.km * 10) / 10, distancePrecision: d.precision });
    return block ? { ...match, block } : match;
  };
  return { results: ordered.slice(0, limit).map(toMatch), total: ordered.length };
}
