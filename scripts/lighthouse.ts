/**
 * Lighthouse (mobile defaults) against dist/ served by its own `vite preview`: runs every route three times (the
 * issue's "median of three"), writes reports/lighthouse*.report.* of the last run, prints the median scores and
 * LCP/TBT/CLS with the machine's CPU benchmark index, lists failing audits, exits 1 when a median misses a target.
 * Build first: `npm run build`.
 * Usage: `tsx scripts/lighthouse.ts [--runs N] [--json] [route ...]` (default: start, results and an offer link).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import {
  CATEGORIES,
  DEFAULT_RUNS,
  medianRow,
  misses,
  parseArgs,
  type Row,
  table,
} from './lib/lighthouse-figures.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const REPORTS = path.join(ROOT, 'reports');
/** Pages audited by default; the first one writes reports/lighthouse.report.*. */
const DEFAULT_ROUTES = ['/', '/results?region=ostallgaeu&topics=crying', '/offer/koki-ostallgaeu'];
/** One row of an audit's details: an element (itself or under `node`) or a URL. */
type Item = { node?: Item; selector?: string; snippet?: string; url?: string };

/** The parts of a Lighthouse audit result this script reads. */
interface Audit {
  title: string;
  score: number | null;
  numericValue?: number;
  details?: { items?: Item[] };
}

/** The parts of a Lighthouse result (LHR) this script reads. */
interface Lhr {
  lighthouseVersion: string;
  environment: { benchmarkIndex: number };
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, Audit>;
}

/** Asks the OS for a free TCP port. */
async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `vite preview` for dist/ on a free port and resolves once it answers. */
async function startPreview(): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: Buffer[] = [];
  server.stdout?.on('data', (chunk: Buffer) => log.push(chunk));
  server.stderr?.on('data', (chunk: Buffer) => log.push(chunk));
  const stop = () => server.kill();
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && server.exitCode === null) {
    const answered = await fetch(`${base}/`).catch(() => null);
    if (answered?.ok) return { base, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`vite preview did not answer at ${base}:\n${Buffer.concat(log)}`);
}

/** Runs the Lighthouse CLI once and returns the parsed JSON report. */
function runLighthouse(url: string, outputBase: string): Promise<Lhr> {
  const cli = path.join(ROOT, 'node_modules/lighthouse/cli/index.js');
  const args = [cli, url, '--output=json', '--output=html', `--output-path=${outputBase}`, '--quiet'];
  args.push(`--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`, `--only-categories=${CATEGORIES.join(',')}`);
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'pipe'] });
    const stderr: Buffer[] = [];
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code}:\n${Buffer.concat(stderr)}`));
      resolve(JSON.parse(fs.readFileSync(`${outputBase}.report.json`, 'utf8')) as Lhr);
    });
  });
}

/** The elements (or URLs) an audit points at, one line each. */
function where(audit: Audit | undefined): string[] {
  const text = ({ node, ...item }: Item): string =>
    node ? text(node) : item.selector ? `${item.selector}  ${item.snippet ?? ''}` : (item.url ?? '');
  return (audit?.details?.items ?? []).map(text).filter(Boolean).slice(0, 6);
}

/** Prints the LCP element, layout-shift culprits and every failing a11y/best-practices/SEO audit. */
function printIssues(route: string, lhr: Lhr): void {
  for (const n of where(lhr.audits['lcp-breakdown-insight'])) console.log(`  · [${route}] LCP element: ${n}`);
  for (const n of where(lhr.audits['layout-shifts'])) console.log(`  · [${route}] layout shift: ${n}`);
  for (const category of CATEGORIES.slice(1)) {
    for (const { id } of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      console.log(`  ✗ [${route}] ${category}/${id}: ${audit.title}`);
      for (const line of where(audit)) console.log(`      ${line.slice(0, 160)}`);
    }
  }
  for (const warning of lhr.runWarnings) console.log(`  ! [${route}] ${warning}`);
}

/** One Lighthouse run of a route, as a row; the report files are named after the route. */
async function runOnce(base: string, route: string, name: string): Promise<Row> {
  const started = Date.now();
  const lhr = await runLighthouse(`${base}${route}`, path.join(REPORTS, name));
  if (lhr.runtimeError) throw new Error(`${route}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.POSITIVE_INFINITY;
  const row: Row = {
    route,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Row['scores'],
    lcp: Math.round(value('largest-contentful-paint')),
    tbt: Math.round(value('total-blocking-time')),
    cls: Number(value('cumulative-layout-shift').toFixed(3)),
    benchmark: Math.round(lhr.environment.benchmarkIndex),
  };
  printIssues(route, lhr);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `  Lighthouse ${lhr.lighthouseVersion}, ${seconds} s, CPU benchmark ${row.benchmark}: ${route} ` +
      `perf ${row.scores.performance}, LCP ${row.lcp} ms, TBT ${row.tbt} ms, CLS ${row.cls} → reports/${name}.report.*`,
  );
  return row;
}

/** Audits `routes` `runs` times each against a fresh preview server; returns each route's median and the misses. */
export async function audit(
  routes = DEFAULT_ROUTES,
  runs = DEFAULT_RUNS,
): Promise<{ rows: Row[]; all: Row[]; missed: string[] }> {
  if (!fs.existsSync(path.join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: npm run build');
  fs.mkdirSync(REPORTS, { recursive: true });
  const { base, stop } = await startPreview();
  process.once('SIGINT', stop);
  try {
    const all: Row[] = [];
    const rows: Row[] = [];
    for (const [i, route] of routes.entries()) {
      const name = i === 0 ? 'lighthouse' : `lighthouse-${route.replace(/^\//, '').split(/[?/]/)[0] || i}`;
      const mine: Row[] = [];
      for (let run = 0; run < runs; run += 1) mine.push(await runOnce(base, route, name));
      all.push(...mine);
      rows.push(medianRow(mine));
    }
    return { rows, all, missed: rows.flatMap(misses) };
  } finally {
    process.off('SIGINT', stop);
    stop();
  }
}

async function main(): Promise<void> {
  const { routes, runs, json } = parseArgs(process.argv.slice(2));
  const { rows, all, missed } = await audit(routes, runs);
  console.log(`\nmedian of ${runs} run(s) per route:\n${table(rows)}\n`);
  if (json) console.log(JSON.stringify({ runs, medians: rows, all }));
  if (missed.length > 0) {
    console.error(`missed targets:\n  ${missed.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('all Lighthouse targets met');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
