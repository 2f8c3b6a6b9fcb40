/**
 * bench:national's measurements: ONE catalogue and ONE global index of the synthetic Germany, split into pairs by
 * the build's own split (scripts/lib/split-catalogue.ts), what one family downloads (the page: the manifest,
 * wide-area and its region's pair; the service worker: the catalogue files of its precache, listed by
 * workbox-build with the app's own options), the load the app does for a family (parse both pairs at the catalogue
 * boundary, merge, unpack into a searcher) and the time to search the merged catalogue.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
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
import { precacheOptions } from './precache.ts';
import { type PairText, type SplitCatalogue, splitCatalogue, writeSplit } from './split-catalogue.ts';
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

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** gzip level 9 bytes of a pair: what a family downloads for it. */
export function gzBytes(pair: PairText): number {
  return gz(pair.catalogue) + gz(pair.index);
}

/** What every family downloads of the catalogue besides its region's pair, gzip level 9 bytes. */
export interface CommonDownload {
  /** The page: manifest.json and the wide-area pair. */
  page: number;
  /** The service worker: the catalogue files of its precache (the same for every family), and their names. */
  serviceWorker: number;
  precached: string[];
  /** What workbox-build said besides, e.g. a file too large to be precached (the service worker then skips it). */
  warnings: string[];
}

/**
 * Writes the split as the build does (scripts/lib/split-catalogue.ts's writeSplit) into a temporary folder and asks
 * workbox-build, with the app's own precache options (scripts/lib/precache.ts, as vite.config.ts passes them), which
 * of its files the service worker would precache: it downloads those on every phone that opens Lotse once.
 */
export async function commonDownload(split: SplitCatalogue, base: PairBase): Promise<CommonDownload> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-national-'));
  try {
    const dir = path.join(root, 'catalogue');
    fs.mkdirSync(dir);
    const count = split.wide.count + Object.values(split.regions).reduce((n, p) => n + p.count, 0);
    writeSplit(dir, split, { count, built: base.built, assured: base.assured });
    const { manifestEntries = [], warnings } = await getManifest({
      globDirectory: root,
      ...precacheOptions(dir),
    });
    // The folder holds the catalogue only: the app's patterns (HTML, JS, icons, geo/) rightly match nothing here.
    // Others (a file too large to be precached) are what the service worker really does: reported, not fatal.
    const precached = manifestEntries.map((e) => e.url).sort();
    const size = (file: string) => gz(fs.readFileSync(path.join(root, file)));
    return {
      page: size('catalogue/manifest.json') + gzBytes(split.wide),
      serviceWorker: precached.reduce((sum, f) => sum + size(f), 0),
      precached,
      warnings: warnings.filter((w) => !w.includes("doesn't match any files")),
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
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
