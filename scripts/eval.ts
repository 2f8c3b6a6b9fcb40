/**
 * CLI: `tsx scripts/eval.ts [--json] [--file FILE]` measures search quality on the built catalogue (what the app
 * ships, public/catalogue/, built first when missing or stale): the free-text set
 * (data/eval/queries.json, or FILE) and the questionnaire set (data/eval/questionnaire.json, answers run through
 * the core's answersToQuery as the app does): recall@5 and hit@5, every miss with the top 5 it got.
 * Exits 1 when either set is below its target.
 */

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocalRegionId } from '../src/catalogue/types.ts';
import {
  type Answers,
  answersToQuery,
  type Query,
  type Questionnaire,
  type Searcher,
} from '../src/matching/index.ts';
import { loadBuiltCatalogue, searcherFor } from './lib/built-catalogue.ts';
import { DATA } from './lib/paths.ts';

/** One eval line of data/eval/queries.json. */
export interface EvalQuery {
  query: string;
  region: LocalRegionId | null;
  expected_ids: string[];
  why?: string;
}

/** One eval line of data/eval/questionnaire.json: what a family answered, and what a counsellor expects. */
export interface EvalAnswers {
  answers: Answers;
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

/** The quality bar of the free-text set: CI fails below it. */
export const TARGETS = { recall_at_5: 0.9, hit_at_5: 0.97 };
/** The quality bar of the questionnaire set. */
export const QUESTIONNAIRE_TARGETS = { recall_at_5: 0.85, hit_at_5: 0.95 };

/** One case: the query to run, how to show it in a miss, and the offers expected in the top 5. */
interface Case {
  query: Query;
  label: string;
  expected: string[];
}

/** The searcher eval scores by default: the built catalogue's, made as the app makes it. */
export async function builtSearcher(): Promise<Searcher> {
  return searcherFor(await loadBuiltCatalogue());
}

function score(cases: Case[], targets: typeof TARGETS, k: number, searcher: Searcher): EvalReport {
  let recall = 0;
  let hits = 0;
  const misses: Miss[] = [];
  for (const c of cases) {
    const ids = searcher
      .search(c.query)
      .results.slice(0, k)
      .map((m) => m.id);
    const found = c.expected.filter((id) => ids.includes(id));
    recall += found.length / Math.min(k, c.expected.length);
    if (found.length > 0) hits += 1;
    const missing = c.expected.filter((id) => !ids.includes(id));
    if (missing.length > 0)
      misses.push({ query: c.label, region: c.query.region ?? null, missing, top5: ids });
  }
  const n = Math.max(1, cases.length);
  const report = { queries: cases.length, recall_at_5: recall / n, hit_at_5: hits / n, misses };
  return {
    ...report,
    pass: report.recall_at_5 >= targets.recall_at_5 && report.hit_at_5 >= targets.hit_at_5,
  };
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** Runs every free-text query against the built catalogue and scores the top 5. */
export async function runEval(
  file = path.join(DATA, 'eval', 'queries.json'),
  k = 5,
  searcher?: Searcher,
): Promise<EvalReport> {
  const cases = readJson<EvalQuery[]>(file).map((q) => ({
    query: { text: q.query, ...(q.region ? { region: q.region } : {}) },
    label: q.query,
    expected: q.expected_ids,
  }));
  return score(cases, TARGETS, k, searcher ?? (await builtSearcher()));
}

/** A short line naming the answers of one questionnaire case. */
function describeAnswers(a: Answers): string {
  const place = a.place === 'prefer-not' ? 'prefer-not' : (a.place?.text ?? '-');
  return [place, a.stage ?? '-', (a.topics ?? []).join('+') || '-', ...(a.modes ?? [])].join(' | ');
}

/** Runs every questionnaire case through answersToQuery and the searcher, as the app does, and scores the top 5. */
export async function runQuestionnaireEval(
  file = path.join(DATA, 'eval', 'questionnaire.json'),
  k = 5,
  searcher?: Searcher,
): Promise<EvalReport> {
  const questionnaire = readJson<Questionnaire>(path.join(DATA, 'questionnaire.json'));
  const cases = readJson<EvalAnswers[]>(file).map((c) => ({
    query: answersToQuery(c.answers, questionnaire),
    label: describeAnswers(c.answers),
    expected: c.expected_ids,
  }));
  return score(cases, QUESTIONNAIRE_TARGETS, k, searcher ?? (await builtSearcher()));
}

function printText(title: string, r: EvalReport, targets: typeof TARGETS): void {
  console.log(`${title}: ${r.queries} queries`);
  console.log(`recall@5 ${r.recall_at_5.toFixed(3)} (target ≥ ${targets.recall_at_5})`);
  console.log(`hit@5    ${r.hit_at_5.toFixed(3)} (target ≥ ${targets.hit_at_5})`);
  console.log(`misses: ${r.misses.length}`);
  for (const m of r.misses) {
    console.log(`\n  "${m.query}" [${m.region ?? 'no region'}]`);
    console.log(`    missing: ${m.missing.join(', ')}`);
    console.log(`    got:     ${m.top5.join(', ')}`);
  }
  console.log(r.pass ? '\nPASS\n' : '\nFAIL: below target\n');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const at = argv.indexOf('--file');
  const searcher = await builtSearcher();
  const file = at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1] as string) : undefined;
  const text = await runEval(file, 5, searcher);
  const answers = await runQuestionnaireEval(undefined, 5, searcher);
  if (json) console.log(JSON.stringify({ ...text, questionnaire: answers }));
  else {
    printText('eval (free text)', text, TARGETS);
    printText('eval (questionnaire)', answers, QUESTIONNAIRE_TARGETS);
  }
  return text.pass && answers.pass ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
