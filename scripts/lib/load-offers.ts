/**
 * Node loader for the matching core straight from data/: offers, taxonomy, regions, places and the search index
 * input. The build publishes from it; tests use it as real data. The CLI, eval and bench read the built files
 * instead (built-catalogue.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Offer } from '../../src/catalogue/types.ts';
import type {
  DangerInput,
  DangerLexicon,
  DangerRulesFile,
  IndexInput,
  PlaceRecord,
  SafetyFile,
  SearchIndex,
  SynonymsFile,
} from '../../src/matching/index.ts';
import { buildSearchIndex } from '../../src/matching/index.ts';
import { COMMON, dangerLexiconFiles } from './check/danger.ts';
import { DATA, ROOT } from './paths.ts';

const LOCALES = path.join(ROOT, 'src', 'i18n', 'locales');

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
  return { regions, taxonomy, synonyms, safety, places, ...loadDanger(dataDir) };
}

/** data/danger/: the rules and every language's word groups; nothing when the folder has no rules. */
function loadDanger(dataDir: string): { danger?: DangerInput } {
  if (!fs.existsSync(path.join(dataDir, 'danger', 'rules.json'))) return {};
  const rules = readDataJson<DangerRulesFile>('danger/rules.json', dataDir);
  const lexicons = dangerLexiconFiles(dataDir).map(
    (file) => JSON.parse(fs.readFileSync(file, 'utf8')) as DangerLexicon,
  );
  return { danger: { rules, lexicons, common: commonWords(dataDir) } };
}

/** How many of a language's most frequent interface words tell that a text is in it. */
const COMMON_WORDS = 120;

/** The locale files whose texts give each danger language its frequent words (Leichte Sprache is German). */
const LOCALE_OF: Record<string, string[]> = {
  de: ['de', 'de-x-ls'],
  en: ['en'],
  tr: ['tr'],
  ar: ['ar'],
  uk: ['uk'],
  ru: ['ru'],
  pl: ['pl'],
  ro: ['ro'],
};

/**
 * Per language, the most frequent words (two letters or more) of its interface texts that no other language's list
 * has: mostly function words, the evidence detection uses to tell which language a text is in (danger/detect.ts).
 */
export function commonWords(dataDir = DATA, localesDir = LOCALES): Record<string, string[]> {
  const file = path.join(dataDir, 'danger', COMMON);
  const listed = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { words: Record<string, string[]> }).words
    : {};
  const fromTexts = interfaceWords(localesDir);
  return Object.fromEntries(
    Object.keys(LOCALE_OF).map((lang) => [
      lang,
      [...new Set([...(fromTexts[lang] ?? []), ...(listed[lang] ?? [])])],
    ]),
  );
}

/** Per language, the most frequent words of its interface texts that no other language's list has. */
function interfaceWords(localesDir: string): Record<string, string[]> {
  const counts = Object.fromEntries(
    Object.entries(LOCALE_OF).map(([lang, codes]) => {
      const count = new Map<string, number>();
      for (const code of codes)
        for (const text of textsOf(
          JSON.parse(fs.readFileSync(path.join(localesDir, `${code}.json`), 'utf8')),
        ))
          for (const w of text
            .replace(/\{\{[^}]*\}\}/g, ' ')
            .toLowerCase()
            .match(/[\p{L}]{2,}/gu) ?? [])
            count.set(w, (count.get(w) ?? 0) + 1);
      const top = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      return [lang, top.slice(0, COMMON_WORDS).map(([w]) => w)];
    }),
  );
  const seen = new Map<string, number>();
  for (const list of Object.values(counts)) for (const w of list) seen.set(w, (seen.get(w) ?? 0) + 1);
  return Object.fromEntries(
    Object.entries(counts).map(([lang, list]) => [lang, list.filter((w) => seen.get(w) === 1)]),
  );
}

/** Every string inside a locale file. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
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
