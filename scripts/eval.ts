/**
 * CLI: `tsx scripts/eval.ts [--json] [--file FILE]` measures search quality on data/eval/queries.json:
 * recall@5 and hit@5, every miss with the top 5 it got. Exits 1 when below target.
 */

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocalRegionId } from '../src/catalogue/types.ts';
import { createSearcher } from '../src/matching/index.ts';
import { loadSearchData } from './lib/load-offers.ts';
import { DATA } from './lib/paths.ts';
import { readOrganizations } from './lib/read-data.ts';

/** One eval line of data/eval/queries.json. */
export interface EvalQuery {
  query: string;
  region: LocalRegionId | null;
  expected_ids: string[];
  why?: string;
}

/** A query whose top 5 lacks an expected offer. */
export interface Miss {
  query: string;
  region: string | null;
  missing: string[];
  top5: string[];
}

/** The figures eval reports. */
export interface EvalReport {
  queries: number;
  recall_at_5: number;
  hit_at_5: number;
  misses: Miss[];
  pass: boolean;
}

/** The quality bar: CI fails below it. */
export const TARGETS = { recall_at_5: 0.9, hit_at_5: 0.97 };

/** Runs every query against the real catalogue and scores the top 5. */
export function runEval(file = path.join(DATA, 'eval', 'queries.json'), k = 5): EvalReport {
  const queries = JSON.parse(fs.readFileSync(file, 'utf8')) as EvalQuery[];
  const { offers, index } = loadSearchData();
  const searcher = createSearcher(offers, index, readOrganizations());
  let recall = 0;
  let hits = 0;
  const misses: Miss[] = [];
  for (const q of queries) {
    const top = searcher
      .search({ text: q.query, ...(q.region ? { region: q.region } : {}) })
      .results.slice(0, k);
    const ids = top.map((m) => m.id);
    const found = q.expected_ids.filter((id) => ids.includes(id));
    recall += found.length / Math.min(k, q.expected_ids.length);
    if (found.length > 0) hits += 1;
    if (found.length < q.expected_ids.length) {
      misses.push({
        query: q.query,
        region: q.region,
        missing: q.expected_ids.filter((id) => !ids.includes(id)),
        top5: ids,
      });
    }
  }
  const n = Math.max(1, queries.length);
  const report = { queries: queries.length, recall_at_5: recall / n, hit_at_5: hits / n, misses };
  return {
    ...report,
    pass: report.recall_at_5 >= TARGETS.recall_at_5 && report.hit_at_5 >= TARGETS.hit_at_5,
  };
}

function printText(r: EvalReport): void {
  console.log(`eval: ${r.queries} queries`);
  console.log(`recall@5 ${r.recall_at_5.toFixed(3)} (target ≥ ${TARGETS.recall_at_5})`);
  console.log(`hit@5    ${r.hit_at_5.toFixed(3)} (target ≥ ${TARGETS.hit_at_5})`);
  console.log(`misses: ${r.misses.length}`);
  for (const m of r.misses) {
    console.log(`\n  "${m.query}" [${m.region ?? 'no region'}]`);
    console.log(`    missing: ${m.missing.join(', ')}`);
    console.log(`    got:     ${m.top5.join(', ')}`);
  }
  console.log(r.pass ? '\nPASS' : '\nFAIL: below target');
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const at = argv.indexOf('--file');
  const report = runEval(at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1] as string) : undefined);
  if (json) console.log(JSON.stringify(report));
  else printText(report);
  return report.pass ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
