/**
 * The figures of `npm run lighthouse` (scripts/lighthouse.ts): the targets, the median of several runs of a
 * route, the targets a median misses, the table and the command line. Pure, so that unit tests check them.
 */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
/** Runs per route: Lighthouse's own variance guide recommends the median of several (3 or more) runs. */
export const DEFAULT_RUNS = 3;

/** Lower bounds for the category scores (0–100). */
export const SCORE_TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };
/** Upper bounds for LCP (ms), TBT (ms) and CLS. */
export const METRIC_TARGETS = { lcp: 1500, tbt: 50, cls: 0.02 };

/** Scores (0–100), LCP (ms), TBT (ms), CLS and the CPU benchmark index of one audited page (one run or a median). */
export type Row = {
  route: string;
  scores: Record<Category, number>;
  lcp: number;
  tbt: number;
  cls: number;
  benchmark: number;
};

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** Every figure of several runs of one route as its own median: what the targets are checked against. */
export function medianRow(runs: Row[]): Row {
  const first = runs[0];
  if (!first) throw new Error('no runs to take the median of');
  const of = (pick: (r: Row) => number) => median(runs.map(pick));
  return {
    route: first.route,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, of((r) => r.scores[c])])) as Row['scores'],
    lcp: Math.round(of((r) => r.lcp)),
    tbt: Math.round(of((r) => r.tbt)),
    cls: Number(of((r) => r.cls).toFixed(3)),
    benchmark: Math.round(of((r) => r.benchmark)),
  };
}

/** Lists the targets a row misses. */
export function misses(row: Row): string[] {
  const [t, m] = [SCORE_TARGETS, METRIC_TARGETS];
  const low = CATEGORIES.filter((c) => row.scores[c] < t[c]).map((c) => `${c} ${row.scores[c]} < ${t[c]}`);
  const high = (['lcp', 'tbt', 'cls'] as const)
    .filter((k) => row[k] > m[k])
    .map((k) => `${k} ${row[k]} > ${m[k]}`);
  return [...low, ...high].map((miss) => `[${row.route}] ${miss}`);
}

/** Formats the rows and the targets as a fixed-width table. */
export function table(rows: Row[]): string {
  const [t, m] = [SCORE_TARGETS, METRIC_TARGETS];
  const head = ['route', 'perf', 'a11y', 'best-pr', 'seo', 'LCP ms', 'TBT ms', 'CLS', 'CPU index'];
  const target = ['target', `≥${t.performance}`, `${t.accessibility}`, `${t['best-practices']}`, `≥${t.seo}`];
  target.push(`≤${m.lcp}`, `≤${m.tbt}`, `≤${m.cls}`, '');
  const cells = (r: Row) => [
    r.route,
    ...CATEGORIES.map((c) => r.scores[c]),
    r.lcp,
    r.tbt,
    r.cls,
    r.benchmark,
  ];
  const lines = [head, ...rows.map((r) => cells(r).map(String)), target];
  const widths = head.map((_, i) => Math.max(...lines.map((line) => (line[i] ?? '').length)));
  return lines.map((line) => line.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

/** `[--runs N] [--json] [route ...]` from the command line. */
export function parseArgs(argv: string[]): { routes: string[] | undefined; runs: number; json: boolean } {
  const routes: string[] = [];
  let runs = DEFAULT_RUNS;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--runs') {
      i += 1;
      runs = Number(argv[i]);
      if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number of at least 1');
    } else routes.push(arg);
  }
  return { routes: routes.length > 0 ? routes : undefined, runs, json };
}
