/**
 * CLI: `npm run search -- [--region ID] [--stage STAGE] [--topic T]... [--mode M]... [--lang L] [--json] [TEXT]`
 * prints ranked offers with their reasons; `--batch FILE.jsonl` answers one JSON query per line with one JSON line.
 * Usage errors exit 2.
 */

import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { LocalRegionId } from '../src/catalogue/types.ts';
import {
  type Match,
  MODE_IDS,
  type Query,
  type SearchIndex,
  type SearchResult,
} from '../src/matching/index.ts';
import { loadBuiltCatalogue, searcherFor } from './lib/built-catalogue.ts';
import { reasonText } from './lib/reason-text.ts';

/** Where output goes; tests pass their own. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

class UsageError extends Error {}

const TEXT_LIMIT = 10;
const USAGE =
  'usage: npm run search -- [--region ID] [--stage STAGE] [--topic T]... [--mode M]... [--lang L] [--json] [TEXT]\n' +
  '       npm run search -- --batch FILE.jsonl';

interface Args {
  query: Query;
  json: boolean;
  batch?: string;
}

/** The part of the index (packed or not) that names the valid ids. */
type Ids = Pick<SearchIndex, 'regionAreas' | 'labels'>;

function choices(index: Ids): Record<'region' | 'stage' | 'topic' | 'mode', string[]> {
  return {
    region: Object.keys(index.regionAreas),
    stage: Object.keys(index.labels.stages),
    topic: Object.keys(index.labels.topics),
    mode: [...MODE_IDS],
  };
}

function checked(kind: keyof ReturnType<typeof choices>, value: unknown, index: Ids): string {
  const valid = choices(index)[kind];
  if (typeof value !== 'string' || !valid.includes(value)) {
    throw new UsageError(`unknown ${kind} "${String(value)}"; valid ${kind}s: ${valid.join(', ')}`);
  }
  return value;
}

/** Parses the command line against the index's ids; throws UsageError with the valid choices. */
function parseArgs(argv: string[], index: Ids): Args {
  const query: Query = {};
  const words: string[] = [];
  let json = false;
  let batch: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[i + 1];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return v;
    };
    if (arg === '--json') json = true;
    else if (arg === '--batch') batch = value();
    else if (arg === '--region') query.region = checked('region', value(), index) as LocalRegionId;
    else if (arg === '--stage') query.stage = checked('stage', value(), index);
    else if (arg === '--topic') query.topics = [...(query.topics ?? []), checked('topic', value(), index)];
    else if (arg === '--mode') query.modes = [...(query.modes ?? []), checked('mode', value(), index)];
    else if (arg === '--lang') query.lang = value();
    else if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  if (words.length > 0) query.text = words.join(' ');
  return { query, json, ...(batch !== undefined ? { batch } : {}) };
}

/** One batch line → a query, validated like the command line. */
function batchQuery(line: string, index: Ids): Query {
  const raw = JSON.parse(line) as unknown;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new UsageError('a line must be a JSON object');
  const o = raw as Record<string, unknown>;
  const known = ['q', 'region', 'stage', 'topics', 'modes', 'lang'];
  const extra = Object.keys(o).filter((k) => !known.includes(k));
  if (extra.length > 0)
    throw new UsageError(`unknown field(s) ${extra.join(', ')}; valid fields: ${known.join(', ')}`);
  const list = (v: unknown, kind: 'topic' | 'mode') => {
    if (!Array.isArray(v)) throw new UsageError(`${kind}s must be a list`);
    return v.map((x) => checked(kind, x, index));
  };
  const query: Query = {};
  if (o.q !== undefined && o.q !== null) {
    if (typeof o.q !== 'string') throw new UsageError('q must be a string');
    query.text = o.q;
  }
  if (o.region !== undefined && o.region !== null)
    query.region = checked('region', o.region, index) as LocalRegionId;
  if (o.stage !== undefined && o.stage !== null) query.stage = checked('stage', o.stage, index);
  if (o.topics !== undefined) query.topics = list(o.topics, 'topic');
  if (o.modes !== undefined) query.modes = list(o.modes, 'mode');
  if (typeof o.lang === 'string') query.lang = o.lang;
  return query;
}

function jsonResult(m: Match): { id: string; name: string; score: number; reasons: unknown[] } {
  return {
    id: m.id,
    name: m.offer.name,
    score: m.score,
    reasons: m.reasons.map((r) => ({ ...r, text: reasonText(r) })),
  };
}

/** What --json and --batch print: the danger understood (kind and level, or null) beside the ranked results. */
function jsonAnswer(result: SearchResult) {
  const danger = result.signal ? { kind: result.signal.kind, level: result.signal.level } : null;
  return { danger, results: result.results.map(jsonResult) };
}

function printText(results: Match[], notes: string[], io: Io): void {
  for (const note of notes) io.out(note);
  if (results.length === 0) io.out('Keine Treffer.');
  results.slice(0, TEXT_LIMIT).forEach((m, i) => {
    io.out(`${i + 1}. ${m.offer.name}  [${m.id}]  ${m.score.toFixed(3)}`);
    for (const r of m.reasons) io.out(`     – ${reasonText(r)}`);
  });
  if (results.length > TEXT_LIMIT)
    io.out(`… und ${results.length - TEXT_LIMIT} weitere Treffer (--json zeigt alle).`);
}

/** Runs the CLI on the built catalogue (public/catalogue/) and returns its exit code: 0 ok, 2 usage error. */
export async function run(
  argv: string[],
  io: Io = { out: console.log, err: console.error },
): Promise<number> {
  const built = await loadBuiltCatalogue(undefined, io.err);
  const { index } = built;
  let args: Args;
  try {
    args = parseArgs(argv, index);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`search: ${error.message}\n${USAGE}`);
    return 2;
  }
  const searcher = searcherFor(built);
  if (args.batch !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(args.batch, 'utf8');
    } catch (error) {
      io.err(`search: cannot read ${args.batch}: ${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    for (const line of text.split(/\r?\n/).filter((l) => l.trim() !== '')) {
      try {
        io.out(JSON.stringify(jsonAnswer(searcher.search(batchQuery(line, index)))));
      } catch (error) {
        io.out(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      }
    }
    return 0;
  }
  const result = searcher.search(args.query);
  if (args.json) {
    io.out(JSON.stringify(jsonAnswer(result)));
    return 0;
  }
  const notes = [
    ...(result.safety ? ['Achtung: Bei Gefahr sofort 112 (Notruf) oder 110 (Polizei) anrufen.'] : []),
    ...(result.netLines.length > 0
      ? [
          `Rund um die Uhr erreichbar: ${result.netLines.map((o) => `${o.name} ${o.phones[0]?.display ?? ''}`.trim()).join(' · ')}`,
        ]
      : []),
    ...(result.notCovered
      ? [`${result.notCovered.label}: dafür hat Lotse keine Angebote – diese Stellen helfen weiter.`]
      : []),
    ...(result.fallback ? ['Keine passenden Angebote gefunden. Diese Stellen helfen Ihnen weiter:'] : []),
    ...(result.understood.length > 0 ? [`Verstanden: ${result.understood.join(', ')}`] : []),
  ];
  printText(result.results, notes, io);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await run(process.argv.slice(2));
