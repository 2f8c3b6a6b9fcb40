/**
 * The multilingual eval set (data/eval/multilingual.json): searches in English, Turkish, Arabic, Ukrainian,
 * Russian, Polish, Romanian and Leichte Sprache (plus mixed-language lines), scored as a whole and per language.
 * A danger line counts only when its danger kind is found and its `first` offer leads the results.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LocalRegionId } from '../../src/catalogue/types.ts';
import type { Searcher } from '../../src/matching/index.ts';
import { type Case, type EvalReport, score, type Targets } from './eval-score.ts';
import { DATA } from './paths.ts';

/** One line of data/eval/multilingual.json. */
export interface MultilingualQuery {
  query: string;
  /** The language the family typed in (`mixed` for more than one). */
  lang: string;
  /** The need, as in the German set: crying, pregnancy, midwife, breastfeeding, exhaustion, violence, … */
  need: string;
  region: LocalRegionId | null;
  expected_ids: string[];
  /** A danger kind that must be found (its block on top). */
  danger?: string;
  /** The offer that must come first. */
  first?: string;
  why?: string;
}

/** The bar for every language. */
export const MULTILINGUAL_TARGETS: Targets = { recall_at_5: 0.85, hit_at_5: 0.95 };

/** The whole set's figures and one report per language. */
export interface MultilingualReport extends EvalReport {
  languages: Record<string, EvalReport>;
}

function toCase(q: MultilingualQuery): Case {
  const gate: Case['gate'] =
    q.danger || q.first
      ? (r) => (!q.danger || r.danger.includes(q.danger)) && (!q.first || r.results[0]?.id === q.first)
      : undefined;
  return {
    query: { text: q.query, ...(q.region ? { region: q.region } : {}) },
    label: `${q.lang}: ${q.query}`,
    expected: q.expected_ids,
    ...(gate ? { gate } : {}),
  };
}

/** Runs the set; passes when the whole set and every language meet the targets. */
export function runMultilingualEval(
  searcher: Searcher,
  file = path.join(DATA, 'eval', 'multilingual.json'),
  k = 5,
): MultilingualReport {
  const lines = JSON.parse(fs.readFileSync(file, 'utf8')) as MultilingualQuery[];
  const all = score(lines.map(toCase), MULTILINGUAL_TARGETS, k, searcher);
  const languages: Record<string, EvalReport> = {};
  for (const lang of [...new Set(lines.map((l) => l.lang))]) {
    const cases = lines.filter((l) => l.lang === lang).map(toCase);
    languages[lang] = score(cases, MULTILINGUAL_TARGETS, k, searcher);
  }
  const pass = all.pass && Object.values(languages).every((r) => r.pass);
  return { ...all, languages, pass };
}

/** One line per language: queries, recall@5, hit@5. */
export function languageTable(report: MultilingualReport): string[] {
  return Object.entries(report.languages).map(
    ([lang, r]) =>
      `  ${lang.padEnd(8)} n=${String(r.queries).padStart(2)}  recall@5 ${r.recall_at_5.toFixed(3)}  hit@5 ${r.hit_at_5.toFixed(3)}${r.pass ? '' : '  below target'}`,
  );
}
