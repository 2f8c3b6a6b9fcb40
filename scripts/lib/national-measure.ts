/**
 * bench:national's measurements: ONE catalogue and ONE global index of the synthetic Germany, split into pairs by
 * the build's own split (scripts/lib/split-catalogue.ts), the gzipped size of wide-area + one region's pair, the
 * load the app does for a family (parse both pairs at the catalogue boundary, merge, unpack into a searcher) and
 * the time to search the merged catalogue.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  type Catalogue,
  parseCatalogue,
  parseIndexPart,
  parseQuestionnaire,
  parseRegionCatalogue,
  parseWideIndex,
  type RegionInfo,
} from '../../src/catalogue/index.ts';
import { mergeCatalogues } from '../../src/catalogue/load-catalogue.ts';
import {
  type Answers,
  answersToQuery,
  buildSearchIndex,
  createSearcher,
  mergeIndexes,
  packIndex,
  type Query,
  type Questionnaire,
  type Searcher,
  unpackIndex,
} from '../../src/matching/index.ts';
import { publishedIndexInput } from './load-offers.ts';
import { DATA } from './paths.ts';
import { type PairText, type SplitCatalogue, splitCatalogue } from './split-catalogue.ts';
import type { SyntheticGermany, SyntheticRegion } from './synthetic-germany.ts';

export type { PairText };

/** What the synthetic catalogue shares with the built one: its date, taxonomy and the organisations it names. */
export type PairBase = Pick<Catalogue, 'built' | 'assured' | 'taxonomy' | 'organizations'>;

/** Builds the synthetic Germany as the catalogue build does: one catalogue, one global index, then the split. */
export function buildSplit(
  base: PairBase,
  germany: SyntheticGermany,
  wideRegions: RegionInfo[],
): SplitCatalogue {
  const offers = [...germany.wide, ...germany.regions.flatMap((r) => r.offers)];
  const regions = [...germany.regions.map((r) => r.info), ...wideRegions];
  const places = germany.regions.flatMap((r) => r.places);
  const body = { version: 1 as const, ...base, regions, offers };
  const input = { ...publishedIndexInput(offers, base.built.slice(0, 10)), regions, places };
  return splitCatalogue(body, packIndex(buildSearchIndex(input)));
}

/** gzip level 9 bytes of a pair: what a family downloads for it. */
export function gzBytes(pair: PairText): number {
  const gz = (text: string) => gzipSync(text, { level: 9 }).length;
  return gz(pair.catalogue) + gz(pair.index);
}

/** What the app does with wide-area + own region: parse the four files at the boundary, merge, unpack. */
export function loadFamily(wide: PairText, own: PairText): Searcher {
  const wideCatalogue = parseCatalogue(JSON.parse(wide.catalogue));
  const ownCatalogue = parseRegionCatalogue(JSON.parse(own.catalogue));
  const catalogue = mergeCatalogues(wideCatalogue, [ownCatalogue], wideCatalogue.hash);
  const index = mergeIndexes(parseWideIndex(JSON.parse(wide.index)), [parseIndexPart(JSON.parse(own.index))]);
  return createSearcher(catalogue.offers, unpackIndex(index), catalogue.organizations);
}

/** Milliseconds since `start`. */
export const since = (start: number): number => performance.now() - start;

/**
 * The fastest of `reps` loads of wide-area + own region, and its two searchers. The fastest, not the median: on a
 * machine shared with other jobs the slower runs measure the other jobs (timeit takes the minimum for this reason).
 */
export function timeLoad(wide: PairText, own: PairText, reps: number): { ms: number; searcher: Searcher } {
  let best: { ms: number; searcher: Searcher } | null = null;
  for (let i = 0; i < Math.max(1, reps); i += 1) {
    const start = performance.now();
    const searcher = loadFamily(wide, own);
    const ms = since(start);
    if (!best || ms < best.ms) best = { ms, searcher };
  }
  // reps is at least one, so the loop ran and best is set.
  return best as { ms: number; searcher: Searcher };
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

/** Per query, the time to search the merged wide-area + own region, after one warm-up pass (as bench.ts times). */
export function timeSearches(searcher: Searcher, queries: Query[]): number[] {
  for (const q of queries) searcher.search(q);
  return queries.map((q) => {
    const start = performance.now();
    searcher.search(q);
    return since(start);
  });
}
