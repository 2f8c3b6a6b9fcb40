/** Scoring shared by the eval sets (scripts/eval.ts): recall@k, hit@k, misses, and their printout. */
import type { Query, Searcher, SearchResult } from '../../src/matching/index.ts';

/** A quality bar: CI fails below it. */
export interface Targets {
  recall_at_5: number;
  hit_at_5: number;
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

/** One case: the query to run, how to show it in a miss, and the offers expected in the top 5. */
export interface Case {
  query: Query;
  label: string;
  expected: string[];
  /** A condition on the whole result (a danger query must bring its block); when it fails, nothing counts. */
  gate?: (result: SearchResult) => boolean;
}

/** What the family sees, in order: the compact row of a weak danger signal, then the results without repeating it. */
export function shown(result: SearchResult): string[] {
  const row = result.netLines.map((o) => o.id);
  return [...row, ...result.results.map((m) => m.id).filter((id) => !row.includes(id))];
}

/** recall@k and hit@k of the cases; a case whose gate fails counts as finding nothing. */
export function score(cases: Case[], targets: Targets, k: number, searcher: Searcher): EvalReport {
  let recall = 0;
  let hits = 0;
  const misses: Miss[] = [];
  for (const c of cases) {
    const result = searcher.search(c.query);
    const ids = shown(result).slice(0, k);
    const passed = c.gate ? c.gate(result) : true;
    const found = passed ? c.expected.filter((id) => ids.includes(id)) : [];
    recall += found.length / Math.min(k, c.expected.length);
    if (found.length > 0) hits += 1;
    const missing = passed ? c.expected.filter((id) => !ids.includes(id)) : ['(gate failed)', ...c.expected];
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

/** Prints one set's figures and misses. */
export function printText(title: string, r: EvalReport, targets: Targets): void {
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
