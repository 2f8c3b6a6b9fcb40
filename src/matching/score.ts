/** Relevance: sums pre-computed BM25F postings over the query's units, with a bonus for covering more of them. */
import type { Unit } from './analyse.ts';
import { coverageScale, MAX_BITS, STRONG_TERM } from './tuning.ts';
import type { SearchIndex } from './types.ts';

/** Decoded postings of one term. */
export interface Postings {
  docs: Int32Array;
  w: Float32Array;
}

/** Term → decoded postings, decoded on first use and kept (the index holds them delta-encoded). */
export function postingsReader(index: SearchIndex): (term: string) => Postings | null {
  const cache = new Map<string, Postings>();
  return (term) => {
    const hit = cache.get(term);
    if (hit) return hit;
    if (!Object.hasOwn(index.postings, term)) return null;
    const raw = index.postings[term] ?? [];
    const n = raw.length >> 1;
    const p: Postings = { docs: new Int32Array(n), w: new Float32Array(n) };
    let doc = 0;
    for (let i = 0; i < n; i += 1) {
      doc += raw[2 * i] ?? 0;
      p.docs[i] = doc;
      p.w[i] = (raw[2 * i + 1] ?? 0) / 100;
    }
    if (cache.size > 5000) cache.clear();
    cache.set(term, p);
    return p;
  };
}

/** Per-document sums and which units each document matched (bit i = unit i; units past 31 are not tracked). */
export interface Accumulated {
  sum: Float64Array;
  matched: Uint32Array;
  /** Bit i: unit i matched through a strong term; byWord: through a word of the offer's text rather than through a synonym's concept. */
  byWord: Uint32Array;
  touched: number[];
  coverageBits: number;
}

/**
 * An accumulator over one index's documents. Its buffers are reused from query to query (only the documents the
 * last query touched are cleared), so a search allocates almost nothing however large the catalogue.
 */
export function createAccumulator(
  docCount: number,
): (units: Unit[], read: (term: string) => Postings | null) => Accumulated {
  const acc: Accumulated = {
    sum: new Float64Array(docCount),
    matched: new Uint32Array(docCount),
    byWord: new Uint32Array(docCount),
    touched: [],
    coverageBits: 0,
  };
  return (units, read) => {
    for (const d of acc.touched) {
      acc.sum[d] = 0;
      acc.matched[d] = 0;
      acc.byWord[d] = 0;
    }
    acc.touched = [];
    acc.coverageBits = 0;
    units.forEach((unit, u) => {
      addUnit(acc, unit, u, read, docCount);
    });
    return acc;
  };
}

function addUnit(
  acc: Accumulated,
  unit: Unit,
  u: number,
  read: (term: string) => Postings | null,
  docCount: number,
): void {
  const bit = u < MAX_BITS ? 1 << u : 0;
  if (unit.coverage) acc.coverageBits |= bit;
  const { sum, matched, byWord, touched } = acc;
  for (const { term, w } of unit.terms) {
    const p = read(term);
    if (!p) continue;
    const wordBit = term.includes(':') ? 0 : 1;
    const strongBit = w >= STRONG_TERM ? bit : 0;
    for (let i = 0; i < p.docs.length; i += 1) {
      const d = p.docs[i] ?? 0;
      if (d >= docCount) break;
      if (sum[d] === 0) touched.push(d);
      sum[d] = (sum[d] ?? 0) + w * (p.w[i] ?? 0);
      matched[d] = (matched[d] ?? 0) | strongBit;
      if (wordBit) byWord[d] = (byWord[d] ?? 0) | strongBit;
    }
  }
}

function popcount(x: number): number {
  let n = 0;
  let v = x >>> 0;
  while (v) {
    v &= v - 1;
    n += 1;
  }
  return n;
}

/** Share of the query's coverage units that a document matched (1 when the query has none). */
export function coverage(acc: Accumulated, doc: number): number {
  const total = popcount(acc.coverageBits);
  if (total === 0) return 1;
  return popcount((acc.matched[doc] ?? 0) & acc.coverageBits) / total;
}

/** Relevance of one document: the summed weights, scaled by how much of the query it covers. */
export function relevance(acc: Accumulated, doc: number): number {
  const c = coverage(acc, doc);
  return (acc.sum[doc] ?? 0) * coverageScale(c);
}
