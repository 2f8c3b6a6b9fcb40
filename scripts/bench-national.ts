/**
 * CLI: `tsx scripts/bench-national.ts [--json] [--sample N]` measures the catalogue split by region at the size of
 * Germany with the build's and the app's own code. A deterministic synthetic Germany (400 regions, ≥ 30,000 local
 * offers grown from the real local offers, plus the real wide-area offers) is built into ONE catalogue and ONE
 * global index and split into a wide-area pair and one pair per region by the build's split function
 * (scripts/lib/split-catalogue.ts), so it measures what ships. Per region it reports:
 * - payload: gzip -9 KB (1,024 bytes) of what one family's phone downloads of the catalogue on its first visit,
 *   the page AND the service worker together (all regions): the page fetches manifest.json, the wide-area pair and
 *   the region's pair; the service worker precaches the catalogue files workbox-build lists with the app's own
 *   options (scripts/lib/precache.ts: build.json and the wide-area pair, no region's pair), counted again even
 *   where the browser's HTTP cache could answer it (`service_worker_kb_gz`, the same for every family);
 * - load: parsing both pairs at the catalogue boundary, merging them and unpacking the index into a searcher, as
 *   the app does (main thread: the app has no worker), the fastest of 5 runs per region (the machine is shared);
 * - search: per query, searching the merged catalogue, over the eval texts and questionnaire answers moved to the
 *   region, after one warm-up pass.
 * Load and search are timed on a seeded sample of regions (default 80, always including the largest), so that a
 * run stays within about two minutes on a 2-core machine; the payload covers every region. Exit 1 when a target
 * (payload p95 ≤ 150 KB, load p95 ≤ 50 ms, search p95 ≤ 10 ms) is missed.
 */
import { pathToFileURL } from 'node:url';
import type { RegionInfo } from '../src/catalogue/types.ts';
import { loadBuiltCatalogue } from './lib/built-catalogue.ts';
import {
  buildSplit,
  commonDownload,
  gzBytes,
  loadEvalSet,
  type PairBase,
  regionQueries,
  timeLoad,
  timeSearches,
} from './lib/national-measure.ts';
import { prng } from './lib/synthetic.ts';
import { syntheticGermany } from './lib/synthetic-germany.ts';

/** The one JSON line the bench prints. */
export interface NationalResult {
  offers: number;
  regions: number;
  /** Page + service worker, per family. */
  payload_kb_gz: { p50: number; p95: number; max: number };
  /** Of that, what the service worker precaches (the same for every family). */
  service_worker_kb_gz: number;
  load_ms: { p50: number; p95: number };
  search_p95_ms: number;
}

/** The targets: payload p95 in KB gzipped, load p95 and search p95 in ms. */
export const TARGETS = { payload_kb_gz: 150, load_ms: 50, search_ms: 10 };

/** The value at percentile p of the values (nearest rank, as bench.ts takes it). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** `n` region numbers out of `count`, seeded, always with the largest region (the worst case for load). */
export function sampleRegions(count: number, n: number, largest: number, seed = 3): number[] {
  const rand = prng(seed);
  const chosen = new Set([largest]);
  while (chosen.size < Math.min(n, count)) chosen.add(Math.floor(rand() * count));
  return [...chosen].sort((a, b) => a - b);
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Runs the bench on a Germany of this shape; `sample` regions are timed. */
export async function benchNational(
  base: PairBase & { offers: Parameters<typeof syntheticGermany>[0]; regions: RegionInfo[] },
  shape: { regions: number; offers: number; sample: number; reps?: number },
): Promise<NationalResult> {
  const germany = syntheticGermany(base.offers, shape);
  const wideRegions = base.regions.filter((r) => r.kind === 'wide');
  const split = buildSplit(base, germany, wideRegions);
  const wide = split.wide;
  const common = await commonDownload(split, base);
  for (const w of common.warnings) console.error(`bench:national: service worker (workbox-build): ${w}`);
  const everyFamily = common.page + common.serviceWorker;
  const sizes = germany.regions.map((r) => r.offers.length);
  const sample = new Set(sampleRegions(sizes.length, shape.sample, sizes.indexOf(Math.max(...sizes))));
  const evalSet = loadEvalSet();
  const payload: number[] = [];
  const loads: number[] = [];
  const searches: number[] = [];
  germany.regions.forEach((region, n) => {
    const own = split.regions[region.id];
    if (!own) throw new Error(`the split has no pair for ${region.id}`);
    payload.push((everyFamily + gzBytes(own)) / 1024);
    if (!sample.has(n)) return;
    const { ms, searcher } = timeLoad(wide, own, shape.reps ?? 5);
    loads.push(ms);
    searches.push(...timeSearches(searcher, regionQueries(region, evalSet)));
  });
  return {
    offers: germany.wide.length + sizes.reduce((a, b) => a + b, 0),
    regions: germany.regions.length,
    payload_kb_gz: {
      p50: round(percentile(payload, 50), 1),
      p95: round(percentile(payload, 95), 1),
      max: round(Math.max(...payload), 1),
    },
    service_worker_kb_gz: round(common.serviceWorker / 1024, 1),
    load_ms: { p50: round(percentile(loads, 50), 2), p95: round(percentile(loads, 95), 2) },
    search_p95_ms: round(percentile(searches, 95), 2),
  };
}

/** The targets this result misses, each as one line. */
export function missedTargets(r: NationalResult): string[] {
  return [
    r.payload_kb_gz.p95 > TARGETS.payload_kb_gz
      ? `payload p95 ${r.payload_kb_gz.p95} KB > ${TARGETS.payload_kb_gz} KB`
      : '',
    r.load_ms.p95 > TARGETS.load_ms ? `load p95 ${r.load_ms.p95} ms > ${TARGETS.load_ms} ms` : '',
    r.search_p95_ms > TARGETS.search_ms ? `search p95 ${r.search_p95_ms} ms > ${TARGETS.search_ms} ms` : '',
  ].filter(Boolean);
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const at = argv.indexOf('--sample');
  const sample = at >= 0 ? Number(argv[at + 1]) : 80;
  const start = performance.now();
  const { catalogue } = await loadBuiltCatalogue();
  const r = await benchNational(catalogue, { regions: 400, offers: 30000, sample });
  if (json) console.log(JSON.stringify(r));
  else {
    console.log(`bench:national: ${r.offers} offers in ${r.regions} regions, Node ${process.version}`);
    console.log(
      `  payload (page: manifest, wide-area + own region; service worker: its precache; gzip -9): p50 ${r.payload_kb_gz.p50} p95 ${r.payload_kb_gz.p95} max ${r.payload_kb_gz.max} KB`,
    );
    console.log(`  of which the service worker's precache (every family): ${r.service_worker_kb_gz} KB`);
    console.log(
      `  load (parse + unpack both, ${sample} regions timed): p50 ${r.load_ms.p50} p95 ${r.load_ms.p95} ms`,
    );
    console.log(`  search (wide-area + own region): p95 ${r.search_p95_ms} ms`);
    console.log(`  took ${Math.round((performance.now() - start) / 1000)} s`);
  }
  const missed = missedTargets(r);
  for (const line of missed) console.error(`bench:national: target missed: ${line}`);
  if (missed.length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main(process.argv.slice(2));
