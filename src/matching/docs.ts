/** The searcher's per-document tables, built once: offers by document number and bit masks of the areas served. */
import type { Offer } from '../catalogue/index.ts';
import type { RegionScope } from './filters.ts';
import type { SearchIndex } from './types.ts';

/** Offers by document number plus what filtering needs without touching the offer objects. */
export interface DocTable {
  /** Offer of each document number (undefined when the catalogue lacks it). */
  offers: (Offer | undefined)[];
  /** Document numbers that have an offer, ascending. */
  all: number[];
  /** Bit mask of the areas each document serves. */
  areas: Int32Array;
  /** Bit of each area id. */
  areaBit: Map<string, number>;
  /** Document numbers of the KoKis (category koki). */
  kokis: number[];
}

/** Builds the document table of an index over the catalogue's offers. */
export function docTable(offers: Offer[], index: SearchIndex): DocTable {
  const byId = new Map(offers.map((o) => [o.id, o]));
  const areaBit = new Map(Object.keys(index.regionNames).map((id, i) => [id, 1 << Math.min(i, 30)]));
  const table: DocTable = {
    offers: [],
    all: [],
    areas: new Int32Array(index.docs.length),
    areaBit,
    kokis: [],
  };
  index.docs.forEach((id, n) => {
    const offer = byId.get(id);
    table.offers[n] = offer;
    if (!offer) return;
    table.all.push(n);
    for (const a of offer.areas) table.areas[n] = (table.areas[n] ?? 0) | (areaBit.get(a) ?? 0);
    if (offer.category === 'koki') table.kokis.push(n);
  });
  return table;
}

/** The bit mask of a region scope's allowed areas. */
export function scopeMask(scope: RegionScope, table: DocTable): number {
  let mask = 0;
  for (const a of scope.allowed) mask |= table.areaBit.get(a) ?? 0;
  return mask;
}

/** The offer of a document number taken from `all` or from a hit in scope: every such number has one. */
export function offerAt(table: DocTable, n: number): Offer {
  const offer = table.offers[n];
  if (!offer) throw new Error(`document ${n} has no offer`);
  return offer;
}
