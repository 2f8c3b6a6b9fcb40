/**
 * The catalogue split by region: the build cuts ONE global index into a wide-area part (the shared lexicon and the
 * wide-area offers) and one part per region; the app merges the parts it loaded back. Every part keeps the global
 * position of each of its documents, so the merge restores the global document order and ties rank as in the
 * global index: merging all parts gives the global index back (tests/unit/matching/split-index.test.ts).
 * Query analysis (is a word known, a compound, a prefix, a typo) must read words as the global index does, so the
 * wide-area part also carries the whole vocabulary and the text terms of the other parts (`elsewhere`).
 */
import {
  decodePostings as decode,
  encodePostings as encode,
  type IndexPart,
  type PackedIndex,
  type WideIndexPart,
} from '../catalogue/index.ts';

export type { IndexPart, WideIndexPart };

/** A term query analysis reads as a word (not a concept like t:topic, not a number). */
export const isTextTerm = (t: string): boolean => !t.includes(':') && !/^\d+$/.test(t);

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
