/**
 * bench:national's measurements of one region: the catalogue + index pair built as scripts/build-catalogue.ts
 * builds it, its gzipped size, the load the app does on start (parse both pairs at the catalogue boundary, unpack
 * both indexes into searchers) and the time to search wide-area + own region for a query.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  type Catalogue,
  type Offer,
  parseCatalogue,
  parseQuestionnaire,
  parseSearchIndex,
  type RegionInfo,
} from '../../src/catalogue/index.ts';
import {
  type Answers,
  answersToQuery,
  buildSearchIndex,
  createSearcher,
  type PlaceRecord,
  packIndex,
  type Query,
  type Questionnaire,
  type Searcher,
  unpackIndex,
} from '../../src/matching/index.ts';
import { hashedCatalogue } from '../build-catalogue.ts';
import { publishedIndexInput } from './load-offers.ts';
import { DATA } from './paths.ts';
import type { SyntheticRegion } from './synthetic-germany.ts';

/** One downloadable pair as the build writes it: catalogue.<hash>.json and index.<hash>.json. */
export interface PairText {
  catalogue: string;
  index: string;
}

/** What every pair shares with the built catalogue: its date, taxonomy and the organisations it names. */
export type PairBase = Pick<Catalogue, 'built' | 'assured' | 'taxonomy' | 'organizations'>;

/** Builds one pair for these offers, regions and places the way the catalogue build does for the whole catalogue. */
export function buildPair(
  base: PairBase,
  offers: Offer[],
  regions: RegionInfo[],
  places: PlaceRecord[],
): PairText {
  const ids = new Set(offers.flatMap((o) => (o.organization.id ? [o.organization.id] : [])));
  const organizations = base.organizations.filter((o) => ids.has(o.id));
  const body = { version: 1 as const, ...base, regions, organizations, offers };
  const input = { ...publishedIndexInput(offers, base.built.slice(0, 10)), regions, places };
  return {
    catalogue: JSON.stringify(hashedCatalogue(body)),
    index: JSON.stringify(packIndex(buildSearchIndex(input))),
  };
}

/** gzip level 9 bytes of a pair: what a family downloads for it. */
export function gzBytes(pair: PairText): number {
  const gz = (text: string) => gzipSync(text, { level: 9 }).length;
  return gz(pair.catalogue) + gz(pair.index);
}

/** What the app does with a downloaded pair on start: parse both files at the boundary, unpack the index. */
export function loadPair(pair: PairText): Searcher {
  const catalogue = parseCatalogue(JSON.parse(pair.catalogue));
  const index = parseSearchIndex(JSON.parse(pair.index));
  return createSearcher(catalogue.offers, unpackIndex(index), catalogue.organizations);
}

/** Milliseconds since `start`. */
export const since = (start: number): number => performance.now() - start;

/**
 * The fastest of `reps` loads of wide-area + own region, and its two searchers. The fastest, not the median: on a
 * machine shared with other jobs the slower runs measure the other jobs (timeit takes the minimum for this reason).
 */
export function timeLoad(wide: PairText, own: PairText, reps: number): { ms: number; searchers: Searcher[] } {
  let best: { ms: number; searchers: Searcher[] } | null = null;
  for (let i = 0; i < Math.max(1, reps); i += 1) {
    const start = performance.now();
    const searchers = [loadPair(wide), loadPair(own)];
    const ms = since(start);
    if (!best || ms < best.ms) best = { ms, searchers };
  }
  // reps is at least one, so the loop ran and best is set.
  return best as { ms: number; searchers: Searcher[] };
}

/** The real queries the bench moves to each region, and the questionnaire that turns answers into queries. */
export interface EvalSet {
  texts: { text: string; local: boolean }[];
  answers: Answers[];
  questionnaire: Questionnaire;
}

/** Every text of data/eval/queries.json and the answers of data/eval/questionnaire.json. */
export function loadEvalSet(dataDir = DATA): EvalSet {
  const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
  // The eval files are checked by the eval's own tests; only the fields used here are read.
  const lines = read('eval/queries.json') as { query: string; region: string | null }[];
  // As above: each line holds the answers a family gave.
  const answers = (read('eval/questionnaire.json') as { answers: Answers }[]).map((l) => l.answers);
  return {
    texts: lines.map((l) => ({ text: l.query, local: l.region !== null })),
    answers,
    questionnaire: parseQuestionnaire(read('questionnaire.json')),
  };
}

/** The eval queries moved to one region: its id for those with a region, its towns for the answered place. */
export function regionQueries(region: SyntheticRegion, { texts, answers, questionnaire }: EvalSet): Query[] {
  const { id } = region;
  const towns = region.places.map((p) => p.name);
  const fromText = texts.map((t) => (t.local ? { text: t.text, region: id } : { text: t.text }));
  const fromAnswers = answers.map((a, i) => {
    const moved =
      a.place && a.place !== 'prefer-not' ? { region: id, text: towns[i % towns.length] ?? '' } : a.place;
    return answersToQuery({ ...a, ...(moved ? { place: moved } : {}) }, questionnaire);
  });
  return [...fromText, ...fromAnswers];
}

/** Per query, the time to search wide-area and own region, after one warm-up pass (as bench.ts times). */
export function timeSearches(searchers: Searcher[], queries: Query[]): number[] {
  const both = (q: Query) => {
    for (const s of searchers) s.search(q);
  };
  for (const q of queries) both(q);
  return queries.map((q) => {
    const start = performance.now();
    both(q);
    return since(start);
  });
}
