/**
 * The danger eval (data/eval/danger/<lang>.json): phrasings of danger and harmless lookalikes written by
 * native-level readers who never saw the word groups, split once into a tuning and a held-out half. A danger
 * phrasing counts when the search raises the alarm block and its first line is one that fits the kind; a
 * lookalike counts when it raises no alarm (a net row of numbers is allowed: it costs 50 px). Targets apply to
 * the held-out half.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LocalRegionId } from '../../src/catalogue/types.ts';
import type { Searcher } from '../../src/matching/index.ts';
import { DATA } from './paths.ts';

/** One danger phrasing. */
export interface DangerCase {
  q: string;
  kind: string;
  note?: string;
  half: Half;
  /** A further tuning phrasing of tune-extra/. */
  extra?: boolean;
}
/** One lookalike. */
export interface LookalikeCase {
  q: string;
  note?: string;
  half: Half;
}
export type Half = 'tune' | 'held';
/** One language's file. */
export interface DangerEvalFile {
  lang: string;
  written_by?: string;
  checked_by?: string;
  danger: DangerCase[];
  lookalikes: LookalikeCase[];
}

/** The lines that may come first for a kind: its own emergency number or its own 24/7 line. */
export const FITTING_LINES: Record<string, string[]> = {
  violence: ['notruf-110', 'hilfetelefon-gewalt-gegen-frauen'],
  police: ['notruf-110'],
  emergency: ['notruf-112', 'notruf-110'],
  medical: ['notruf-112'],
  poison: ['giftnotruf-muenchen', 'giftnotruf-nrw-bonn', 'notruf-112'],
  shaking: ['notruf-112'],
  suicide: ['krisendienst-bayern', 'telefonseelsorge', 'notruf-112'],
  'harm-thoughts': ['krisendienst-bayern', 'telefonseelsorge', 'notruf-112'],
  'child-at-risk': ['notruf-110', 'notruf-112'],
};

/** The issue's bar on the held-out half: per language for danger, over all languages for lookalikes. */
export const DANGER_TARGETS = { danger: 0.95, calm: 0.95 };

/**
 * What `npm test` holds while the targets are not reached: the held-out rates measured when the word groups or the
 * rules last changed (2026-12-08: ar 0.84, de 0.93, en 0.97, ls 0.88, pl 0.97, ro 0.93, ru 0.90, tr 0.94, uk 0.89;
 * lookalikes calm 0.91), less 0.05 (a phrasing or two per language), never lowered, so that a change that loses
 * understanding fails.
 */
export const DANGER_FLOORS = {
  languages: {
    ar: 0.79,
    de: 0.87,
    en: 0.92,
    ls: 0.83,
    pl: 0.92,
    ro: 0.87,
    ru: 0.85,
    tr: 0.89,
    uk: 0.83,
  } as Record<string, number>,
  calm: 0.86,
};

/** Phrasings are tried in each region in turn, so Bavaria-only lines and NRW are both met. */
const REGIONS: LocalRegionId[] = ['kaufbeuren', 'ostallgaeu', 'coburg-stadt', 'coburg-land', 'gummersbach'];

export interface Tally {
  n: number;
  ok: number;
}
export interface DangerMiss {
  lang: string;
  half: Half;
  q: string;
  expected: string | null;
  got: string;
}
/** Per half: per language and kind, per language for lookalikes, and every miss. */
export interface DangerReport {
  halves: Record<Half, { danger: Record<string, Record<string, Tally>>; calm: Record<string, Tally> }>;
  misses: DangerMiss[];
  pass: boolean;
}

export const rate = (t: Tally) => (t.n === 0 ? 1 : t.ok / t.n);
const add = (t: Tally | undefined, ok: boolean): Tally => ({
  n: (t?.n ?? 0) + 1,
  ok: (t?.ok ?? 0) + (ok ? 1 : 0),
});
export const sum = (ts: Tally[]): Tally =>
  ts.reduce((a, t) => ({ n: a.n + t.n, ok: a.ok + t.ok }), { n: 0, ok: 0 });

const jsonFiles = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as DangerEvalFile;

/**
 * Every language file of the corpus, sorted by language, with the further tuning phrasings of `tune-extra/` (written
 * later, by other readers, for tuning only) added to the tuning half of their language.
 */
export function readDangerCorpus(dir = path.join(DATA, 'eval', 'danger')): DangerEvalFile[] {
  const extraDir = path.join(dir, 'tune-extra');
  const tune = <T extends { half: Half }>(items: T[]) =>
    items.map((x) => ({ ...x, half: 'tune' as const, extra: true }));
  return jsonFiles(dir).map((f) => {
    const file = read(path.join(dir, f));
    // <lang>.json, <lang>-2.json, …: each round of further tuning phrasings.
    const rounds = jsonFiles(extraDir)
      .filter((e) => e === f || e.startsWith(`${f.replace(/\.json$/, '')}-`))
      .map((e) => read(path.join(extraDir, e)));
    return {
      ...file,
      danger: [...file.danger, ...rounds.flatMap((r) => tune(r.danger))],
      lookalikes: [...file.lookalikes, ...rounds.flatMap((r) => tune(r.lookalikes))],
    };
  });
}

function describe(r: ReturnType<Searcher['search']>): string {
  const s = r.signal;
  return `${s ? `${s.kind}/${s.level}` : 'none'}, first ${r.results[0]?.id ?? '-'}`;
}

/** Runs the corpus through the searcher as the app runs a typed search. */
export function runDangerEval(searcher: Searcher, files = readDangerCorpus()): DangerReport {
  const empty = () => ({ danger: {}, calm: {} });
  const halves: DangerReport['halves'] = { tune: empty(), held: empty() };
  const misses: DangerMiss[] = [];
  let turn = 0;
  const search = (q: string) => {
    turn += 1;
    return searcher.search({ text: q, region: REGIONS[turn % REGIONS.length] as LocalRegionId });
  };
  for (const file of files) {
    for (const c of file.danger) {
      const r = search(c.q);
      const first = r.results[0];
      const ok =
        r.signal?.level === 'alarm' &&
        first?.block === 'safety' &&
        (FITTING_LINES[c.kind] ?? []).includes(first.id);
      const byKind = halves[c.half].danger[file.lang] ?? {};
      halves[c.half].danger[file.lang] = byKind;
      byKind[c.kind] = add(byKind[c.kind], ok);
      if (!ok) misses.push({ lang: file.lang, half: c.half, q: c.q, expected: c.kind, got: describe(r) });
    }
    for (const c of file.lookalikes) {
      const r = search(c.q);
      const ok = r.signal?.level !== 'alarm' && !r.safety;
      halves[c.half].calm[file.lang] = add(halves[c.half].calm[file.lang], ok);
      if (!ok) misses.push({ lang: file.lang, half: c.half, q: c.q, expected: null, got: describe(r) });
    }
  }
  const held = halves.held;
  const pass =
    Object.values(held.danger).every((kinds) => rate(sum(Object.values(kinds))) >= DANGER_TARGETS.danger) &&
    rate(sum(Object.values(held.calm))) >= DANGER_TARGETS.calm;
  return { halves, misses, pass };
}
