/** The split index put back together: the catalogue merges the parts it loaded into one packed index. */
import type { IndexPart, PackedIndex, WideIndexPart } from './index-format.ts';

/** Decodes delta-encoded postings into [doc, weight] pairs. */
export function decodePostings(list: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let doc = 0;
  for (let i = 0; i + 1 < list.length; i += 2) {
    doc += list[i] ?? 0;
    out.push([doc, list[i + 1] ?? 0]);
  }
  return out;
}

/** Delta-encodes [doc, weight] pairs sorted by doc. */
export function encodePostings(pairs: readonly [number, number][]): number[] {
  const out: number[] = [];
  let last = 0;
  for (const [doc, weight] of pairs) {
    out.push(doc - last, weight);
    last = doc;
  }
  return out;
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
      for (const [n, w] of decodePostings(list)) perDoc.set(merged.get(part.pos[n] ?? -1) ?? -1, w);
      lists.set(term, perDoc);
    }
  }
  const postings: Record<string, number[]> = {};
  for (const term of [...lists.keys()].sort()) {
    const perDoc = lists.get(term) ?? new Map<number, number>();
    postings[term] = encodePostings([...perDoc.entries()].sort((a, b) => a[0] - b[0]));
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
