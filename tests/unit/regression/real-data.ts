/**
 * The regression suite's data: today's real catalogue and its index. Tests here pin what families get from the
 * data we ship (a data edit may change them on purpose); the rules themselves are tested on small catalogues in
 * tests/unit/matching.
 */
import { loadSearchData } from '../../../scripts/lib/load-offers.ts';
import { readOrganizations } from '../../../scripts/lib/read-data.ts';
import type { Offer } from '../../../src/catalogue/types.ts';
import {
  createSearcher,
  type PlaceRecord,
  type Searcher,
  type SearchIndex,
} from '../../../src/matching/index.ts';

interface Real {
  offers: Offer[];
  index: SearchIndex;
  places: PlaceRecord[];
  searcher: Searcher;
}

let real: Real | null = null;

/** The real catalogue, its index and a searcher, built once per test file. */
export function realData(): Real {
  if (!real) {
    const data = loadSearchData();
    real = { ...data, searcher: createSearcher(data.offers, data.index, readOrganizations()) };
  }
  return real;
}

/** Ids of the first k results. */
export function topIds(result: { results: { id: string }[] }, k = 5): string[] {
  return result.results.slice(0, k).map((m) => m.id);
}
