/**
 * The catalogue split by region: the build cuts ONE global index into a wide-area part (the shared lexicon and the
 * wide-area offers) and one part per region; the app merges the parts it loaded back. Every part keeps the global
 * position of each of its documents, so the merge restores the global document order and ties rank as in the
 * global index: merging all parts gives the global index back (tests/unit/matching/split-index.test.ts).
 * Query analysis (is a word known, a compound, a prefix, a typo) must read words as the global index does, so the
 * wide-area part also carries the whole vocabulary and the text terms of the other parts (`elsewhere`).
 */
import type { PackedIndex } from './pack-index.ts';

/** The documents of one part: `pos` holds each document's number in the global index, postings use local numbers. */
export interface IndexPart {
  docs: string[];
  pos: number[];
  postings: Record<string, number[]>;
}

/**
 * The wide-area part: the shared lexicon (phrases, places, safety, labels, regions, the whole vocabulary), the
 * wide-area documents, and in `elsewhere` every text term the global index has beyond the wide-area postings.
 */
export type WideIndexPart = PackedIndex & { pos: number[]; elsewhere: string[] };

/** A term query analysis reads as a word (not a concept like t:topic, not a number). */
export const isTextTerm = (t: string): boolean => !t.includes(':') && !/^\d+$/.test(t);

/** Decodes delta-encoded postings into [doc, weight] pairs. */
function decode(list: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let doc = 0;
  for (let i = 0; i + 1 < list.length; i += 2) {
    doc += list[i] ?? 0;
    out.push([doc, list[i + 1] ?? 0]);
  }
  return out;
}

/** Delta-encodes [doc, weight] pairs sorted by doc. */
function encode(pairs: readonly [number, number][]): number[] {
  const out: number[] = [];
  let last = 0;
  for (const [doc, weight] of pairs) {
    out.push(doc - last, weight);
    last = doc;
  }
  return out;
}

/** The part of a global index holding the documents whose id `keep` accepts. */
export function restrictIndex(index: PackedIndex, keep: (id: string) => boolean): IndexPart {
  const pos: number[] = [];
  const local = new Map<number, number>();
  index.docs.forEach((id, n) => {
    if (!keep(id)) return;
    local.set(n, pos.length);
    pos.push(n);
  });
  const postings: Record<string, number[]> = {};
  for (const [term, list] of Object.entries(index.postings)) {
    const kept = decode(list).flatMap(([n, w]): [number, number][] => {
      const at = local.get(n);
      return at === undefined ? [] : [[at, w]];
    });
    if (kept.length > 0) postings[term] = encode(kept);
  }
  return { docs: pos.map((n) => index.docs[n] ?? ''), pos, postings };
}

/** Splits a global index: the wide-area part (lexicon + offers of `wide`) and one part per region's offer ids. */
export function splitIndex(
  index: PackedIndex,
  wide: ReadonlySet<string>,
  regions: Record<string, ReadonlySet<string>>,
): { wide: WideIndexPart; regions: Record<string, IndexPart> } {
  const wideDocs = restrictIndex(index, (id) => wide.has(id));
  const elsewhere = Object.keys(index.postings).filter(
    (t) => isTextTerm(t) && !Object.hasOwn(wideDocs.postings, t),
  );
  return {
    wide: { ...index, ...wideDocs, elsewhere: elsewhere.sort() },
    regions: Object.fromEntries(
      Object.entries(regions).map(([id, ids]) => [id, restrictIndex(index, (doc) => ids.has(doc))]),
    ),
  };
}

/** Merges loaded parts into one packed index: the global index restricted to the loaded documents. */
export function mergeIndexes(wide: WideIndexPart, parts: readonly IndexPart[]): PackedIndex {
  const all = [wide, ...parts];
  const ids = new Map<number, string>();
  for (const part of all) {
    part.pos.forEach((g, i) => {
      ids.set(g, part.docs[i] ?? '');
    });
  }
  const order = [...ids.keys()].sort((a, b) => a - b);
  const merged = new Map(order.map((g, i) => [g, i]));
  const lists = new Map<string, Map<number, number>>();
  for (const part of all) {
    for (const [term, list] of Object.entries(part.postings)) {
      const perDoc = lists.get(term) ?? new Map<number, number>();
      // An offer serving two loaded regions is in both parts with the same global weight: the map keeps one.
      for (const [n, w] of decode(list)) perDoc.set(merged.get(part.pos[n] ?? -1) ?? -1, w);
      lists.set(term, perDoc);
    }
  }
  const postings: Record<string, number[]> = {};
  for (const term of [...lists.keys()].sort()) {
    const perDoc = lists.get(term) ?? new Map<number, number>();
    postings[term] = encode([...perDoc.entries()].sort((a, b) => a[0] - b[0]));
  }
  const { pos: _pos, elsewhere: terms, ...lexicon } = wide;
  // Terms whose documents are all in parts not loaded: known to query analysis, found in no loaded document.
  const elsewhere = terms.filter((t) => !Object.hasOwn(postings, t));
  return {
    ...lexicon,
    docs: order.map((g) => ids.get(g) ?? ''),
    postings,
    ...(elsewhere.length > 0 ? { elsewhere } : {}),
  };
}
