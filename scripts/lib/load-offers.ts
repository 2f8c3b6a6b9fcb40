/** Node loader for the matching core: data/ → offers, taxonomy, regions, places and the search index input. */
import fs from 'node:fs';
import path from 'node:path';
import type { Offer, OfferRecord } from '../../src/catalogue/types.ts';
import type {
  IndexInput,
  PlaceRecord,
  SafetyFile,
  SearchIndex,
  SynonymsFile,
} from '../../src/matching/index.ts';
import { buildSearchIndex } from '../../src/matching/index.ts';
import { DATA } from './paths.ts';
import { readDataJson, readReference, toOffer } from './read-data.ts';

/** Every offer of data/catalogue/*.json with its region ids, in file-name order. */
export function loadOffers(dataDir = DATA): Offer[] {
  const { regions } = readReference(dataDir);
  const dir = path.join(dataDir, 'catalogue');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => readDataJson<{ offers: OfferRecord[] }>(path.join('catalogue', f), dataDir).offers)
    .map((record) => toOffer(record, regions));
}

/** The data files besides the offers that the index is built from. */
export function loadMatchingData(dataDir = DATA): Omit<IndexInput, 'offers'> {
  const { regions, taxonomy } = readReference(dataDir);
  const synonyms = readDataJson<SynonymsFile>('synonyms.json', dataDir);
  const safety = readDataJson<SafetyFile>('safety.json', dataDir);
  const { places } = readDataJson<{ places: PlaceRecord[] }>('places.json', dataDir);
  return { regions, taxonomy, synonyms, safety, places };
}

/** The search index for the given offers (the build script passes the offers it publishes). */
export function buildIndexForOffers(offers: Offer[], dataDir = DATA): SearchIndex {
  return buildSearchIndex({ offers, ...loadMatchingData(dataDir) });
}

/** Offers and their index, as the search CLI, eval and tests use them. */
export function loadSearchData(dataDir = DATA): {
  offers: Offer[];
  index: SearchIndex;
  places: PlaceRecord[];
} {
  const offers = loadOffers(dataDir);
  const data = loadMatchingData(dataDir);
  return { offers, index: buildSearchIndex({ offers, ...data }), places: data.places };
}
