/** The shipped form of the search index: the same information, smaller on the wire. */

import type { PackedIndex, PackedPhrase } from '../catalogue/index.ts';
import { stem } from './normalise.ts';
import type { PhraseEntry, PlaceEntry, SearchIndex } from './types.ts';

export type { PackedIndex };

const inVocab = (t: string) => t.length >= 4 && !/^\d+$/.test(t);

/** The vocabulary words a packed index can rebuild from its phrases and places (as buildSearchIndex adds them). */
function derivableVocab(phrases: readonly { key: string }[], places: readonly PlaceEntry[]): Set<string> {
  const words = new Set<string>();
  for (const p of phrases) for (const t of p.key.split(' ')) words.add(t);
  for (const p of places) for (const t of p.key.split(' ')) words.add(stem(t));
  return new Set([...words].filter(inVocab));
}

/** Packs an index for shipping; unpackIndex(packIndex(i)) gives back i (phrase display forms become their keys). */
export function packIndex(index: SearchIndex): PackedIndex {
  const derivable = derivableVocab(index.phrases, index.places);
  return {
    ...index,
    packed: 1,
    phrases: index.phrases.map(
      (p): PackedPhrase =>
        p.also
          ? [p.key, p.concepts.join(' '), p.weight, p.also.join(' ')]
          : [p.key, p.concepts.join(' '), p.weight],
    ),
    vocab: index.vocab.filter((w) => !derivable.has(w)),
  };
}

/** Restores the in-memory index from its shipped form; an unpacked index passes through unchanged. */
export function unpackIndex(value: PackedIndex | SearchIndex): SearchIndex {
  if (!('packed' in value)) return value;
  const { packed: _packed, phrases: packedPhrases, vocab, ...rest } = value;
  const phrases: PhraseEntry[] = packedPhrases.map(([key, concepts, weight, also]) => ({
    key,
    show: key,
    concepts: concepts ? concepts.split(' ') : [],
    weight,
    ...(also ? { also: also.split(' ') } : {}),
  }));
  const all = new Set([...vocab, ...derivableVocab(phrases, rest.places)]);
  return { ...rest, phrases, vocab: [...all].sort() };
}
