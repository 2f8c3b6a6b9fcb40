/**
 * Node loader for the matching core straight from data/: offers, taxonomy, regions, places and the search index
 * input. The build publishes from it; tests use it as real data. The CLI, eval and bench read the built files
 * instead (built-catalogue.ts).
 */
import type { Offer } from '../../src/catalogue/types.ts';
import type {
  IndexInput,
  PlaceRecord,
  SafetyFile,
  SearchIndex,
  SynonymsFile,
} from '../../src/matching/index.ts';
import { buildSearchIndex } from '../../src/matching/index.ts';
import { DATA } from './paths.ts';
import { readDataJson, readOfferRecords, readReference, toOffer } from './read-data.ts';

/** Every offer of data/catalogue/*.json with its region ids, in file-name order. */
export function loadOffers(dataDir = DATA): Offer[] {
  const { regions } = readReference(dataDir);
  return readOfferRecords(dataDir).map((record) => toOffer(record, regions));
}

/** The data files besides the offers that the index is built from. */
export function loadMatchingData(dataDir = DATA): Omit<IndexInput, 'offers'> {
  const { regions, taxonomy } = readReference(dataDir);
  const synonyms = readDataJson<SynonymsFile>('synonyms.json', dataDir);
  const safety = readDataJson<SafetyFile>('safety.json', dataDir);
  const { places } = readDataJson<{ places: PlaceRecord[] }>('places.json', dataDir);
  return { regions, taxonomy, synonyms, safety, places };
}

/** An offer whose source says it ended stays viewable by its id but is never searched. */
export function isSearchable(offer: Offer, today: string): boolean {
  return !offer.end_date || offer.end_date > today;
}

/** What the build indexes for these offers on `today`: the one place that decides what is searched. */
export function publishedIndexInput(offers: Offer[], today: string, dataDir = DATA): IndexInput {
  return { offers: offers.filter((o) => isSearchable(o, today)), ...loadMatchingData(dataDir) };
}

/** The index the build publishes for these offers on `today`. */
export function publishedIndex(offers: Offer[], today: string, dataDir = DATA): SearchIndex {
  return buildSearchIndex(publishedIndexInput(offers, today, dataDir));
}

/** Offers and their index straight from data/ (every offer, no end-date filter): real data for tests. */
export function loadSearchData(dataDir = DATA): {
  offers: Offer[];
  index: SearchIndex;
  places: PlaceRecord[];
} {
  const offers = loadOffers(dataDir);
  const data = loadMatchingData(dataDir);
  return { offers, index: buildSearchIndex({ offers, ...data }), places: data.places };
}
