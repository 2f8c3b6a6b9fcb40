/**
 * CLI: `tsx scripts/bench.ts [--json] [--sizes 300,3000,30000]` measures the search on deterministic synthetic
 * catalogues grown from the built catalogue's offers (public/catalogue/, built first when missing or stale) and
 * indexed as the build indexes them: gzipped size, index load time, query p50/p95, heap; and two baselines timed
 * in the same run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import type { LocalRegionId, Offer } from '../src/catalogue/types.ts';
import {
  buildSearchIndex,
  createSearcher,
  normalise,
  packIndex,
  type Query,
  queryTokens,
  unpackIndex,
} from '../src/matching/index.ts';
import { loadBuiltCatalogue } from './lib/built-catalogue.ts';
import { publishedIndexInput } from './lib/load-offers.ts';
import { DATA } from './lib/paths.ts';
import { prng, syntheticCatalogue } from './lib/synthetic.ts';

/** One bench line. */
export interface BenchRow {
  offers: number;
  bytes_gz: number;
  catalogue_gz: number;
  index_gz: number;
  index_load_ms: number;
  search_p50_ms: number;
  search_p95_ms: number;
  heap_mb: number;
  build_ms: number;
  first_query_ms: number;
  fuse_p50_ms: number;
  fuse_p95_ms: number;
  fuse_timed: number;
  scan_p50_ms: number;
  scan_p95_ms: number;
}

/** The query mix: every eval text (German, multilingual) with and without region, with a typo, a few structured. */
export function benchQueries(): Query[] {
  type Line = { query: string; region: LocalRegionId | null };
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(DATA, 'eval', file), 'utf8')) as Line[];
  const lines = [...read('queries.json'), ...read('multilingual.json')];
  const rand = prng(7);
  const typo = (text: string) => {
    const i = 1 + Math.floor(rand() * Math.max(1, text.length - 2));
    return text.slice(0, i) + text.slice(i + 1);
  };
  const out: Query[] = [];
  for (const l of lines) {
    out.push(
      { text: l.query, ...(l.region ? { region: l.region } : {}) },
      { text: l.query },
      { text: typo(l.query) },
    );
  }
  out.push({ topics: ['crying'], region: 'kaufbeuren' }, { topics: ['money', 'housing'], modes: ['free'] });
  out.push(
    { region: 'coburg-stadt', stage: 'baby-0-1' },
    { text: 'hebamme', modes: ['phone', 'home-visit'] },
  );
  return out;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function time(run: () => void): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

function timings(queries: Query[], run: (q: Query) => void): { p50: number; p95: number } {
  const ms = queries.map((q) => time(() => run(q))).sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

function fuseBaseline(offers: Offer[], queries: Query[]): { p50: number; p95: number } {
  const fuse = new Fuse(offers, {
    keys: ['name', 'description', 'organization.name', 'topics'],
    ignoreLocation: true,
    threshold: 0.4,
  });
  return timings(queries, (q) => fuse.search(q.text ?? ''));
}

function scanBaseline(offers: Offer[], queries: Query[]): { p50: number; p95: number } {
  const texts = offers.map((o) =>
    normalise(`${o.name} ${o.organization.name} ${o.description} ${o.topics.join(' ')}`),
  );
  return timings(queries, (q) => {
    const tokens = queryTokens(q.text ?? '');
    const hits: [number, number][] = [];
    texts.forEach((t, i) => {
      const n = tokens.filter((tok) => t.includes(tok)).length;
      if (n > 0) hits.push([i, n]);
    });
    hits.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  });
}

/** Measures one catalogue size; `today` decides, as in the build, which offers have ended. */
export function benchSize(
  base: Offer[],
  n: number,
  queries: Query[],
  fuseLimit: number,
  today: string,
): BenchRow {
  const offers = syntheticCatalogue(base, n);
  const input = publishedIndexInput(offers, today);
  let index = buildSearchIndex(input);
  const build = time(() => {
    index = buildSearchIndex(input);
  });
  // Measured in the shipped form: the packed index as index.<hash>.json holds it, unpacked on load.
  const indexJson = JSON.stringify(packIndex(index));
  const catalogueGz = gzipSync(JSON.stringify({ offers })).length;
  const indexGz = gzipSync(indexJson).length;
  const loads = [0, 1, 2]
    .map(() => time(() => createSearcher(offers, unpackIndex(JSON.parse(indexJson)))))
    .sort((a, b) => a - b);
  const searcher = createSearcher(offers, unpackIndex(JSON.parse(indexJson)));
  const first = time(() => searcher.search(queries[0] as Query));
  for (const q of queries) searcher.search(q);
  const ours = timings(queries, (q) => searcher.search(q));
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  const textQueries = queries.filter((q) => q.text);
  const fuse = fuseBaseline(offers, textQueries.slice(0, fuseLimit));
  const scan = scanBaseline(offers, textQueries);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    offers: n,
    bytes_gz: catalogueGz + indexGz,
    catalogue_gz: catalogueGz,
    index_gz: indexGz,
    index_load_ms: r(loads[1] as number),
    search_p50_ms: r(ours.p50),
    search_p95_ms: r(ours.p95),
    heap_mb: r(heap),
    build_ms: r(build),
    first_query_ms: r(first),
    fuse_p50_ms: r(fuse.p50),
    fuse_p95_ms: r(fuse.p95),
    fuse_timed: Math.min(fuseLimit, textQueries.length),
    scan_p50_ms: r(scan.p50),
    scan_p95_ms: r(scan.p95),
  };
}

function printRow(row: BenchRow): void {
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×` : '–');
  console.log(
    `${String(row.offers).padStart(6)} offers | ${(row.bytes_gz / 1024).toFixed(0).padStart(6)} KiB gz` +
      ` (index ${(row.index_gz / 1024).toFixed(0)}) | load ${row.index_load_ms} ms` +
      ` | search p50 ${row.search_p50_ms} p95 ${row.search_p95_ms} ms (first ${row.first_query_ms}) | heap ${row.heap_mb} MB` +
      ` | build ${row.build_ms} ms`,
  );
  console.log(
    `         Fuse whole offers p50 ${row.fuse_p50_ms} p95 ${row.fuse_p95_ms} ms (${row.fuse_timed} queries timed)` +
      ` = ${ratio(row.fuse_p95_ms, row.search_p95_ms)} slower at p95; full scan p50 ${row.scan_p50_ms} p95 ${row.scan_p95_ms} ms` +
      ` = ${ratio(row.scan_p95_ms, row.search_p95_ms)} slower at p95`,
  );
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const at = argv.indexOf('--sizes');
  const sizes = (at >= 0 ? (argv[at + 1] ?? '') : '300,3000,30000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const { catalogue } = await loadBuiltCatalogue();
  const queries = benchQueries();
  if (!json) console.log(`bench: ${queries.length} queries per size, one process, Node ${process.version}`);
  for (const n of sizes) {
    const fuseLimit = n >= 30000 ? 6 : n >= 3000 ? 40 : queries.length;
    const row = benchSize(catalogue.offers, n, queries, fuseLimit, catalogue.built.slice(0, 10));
    if (json) console.log(JSON.stringify(row));
    else printRow(row);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main(process.argv.slice(2));
