/**
 * The everyday-needs eval (data/eval/needs/): lines families type for 28 everyday needs in every language Lotse
 * speaks, written by native-level readers who never saw the synonyms. Each line gets a region and a half from seeded
 * hashes of its id (README.md there; a line naming a town is asked in that town's region); the table expected.json, written from the catalogue, says per need and region
 * which offers may come first and which are expected in the top 5. Reported per language and half: recall@5,
 * hit@5 and first answer right. The targets apply to the held-out half.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LocalRegionId } from '../../src/catalogue/types.ts';
import type { Searcher } from '../../src/matching/index.ts';
import { shown } from './eval-score.ts';
import { CATALOGUE_DIR, DATA } from './paths.ts';

/** One line of data/eval/needs/<lang>.json, as the writers wrote it. */
export interface NeedLine {
  id: string;
  lang: string;
  need: string;
  query: string;
  gloss: string;
}
export type Half = 'tune' | 'held';
/** A line with what the eval gives it: its region and its half. */
export interface NeedCase extends NeedLine {
  region: LocalRegionId;
  half: Half;
}
/** One need of expected.json. */
export interface NeedRule {
  rule: string;
  first: Record<LocalRegionId, string[]>;
  expected: Record<LocalRegionId, string[]>;
  /** Offers held in the language typed (not only "many languages") may also come first. */
  first_in_language?: boolean;
}
export interface NeedTable {
  needs: Record<string, NeedRule>;
}

/** The bar on the held-out half, per language. */
export const NEEDS_TARGETS = { recall_at_5: 0.9, hit_at_5: 0.97, first_right: 0.85 };

/** The regions a line can be asked in, in data/regions.json's order. */
export const NEED_REGIONS: LocalRegionId[] = [
  'kaufbeuren',
  'ostallgaeu',
  'coburg-stadt',
  'coburg-land',
  'gummersbach',
];
const REGION_SEED = 'lotse-needs-region-2026-12-08:';
const SPLIT_SEED = 'lotse-needs-split-2026-12-08:';
const LANGS = ['de', 'ls', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'ro'];

const sha = (text: string) => createHash('sha256').update(text).digest();

/** The region of a line: SHA-256 of the seeded id, its first four bytes modulo five. */
export function regionOf(id: string): LocalRegionId {
  return NEED_REGIONS[sha(REGION_SEED + id).readUInt32BE(0) % NEED_REGIONS.length] as LocalRegionId;
}

/**
 * The halves: per language and need, the lines ordered by SHA-256 of the seeded id and given alternately to the
 * tuning and the held-out half (each need has one line in each half when it has two).
 */
export function splitHalves(lines: NeedLine[]): NeedCase[] {
  const groups = new Map<string, NeedLine[]>();
  for (const l of lines) groups.set(`${l.lang}/${l.need}`, [...(groups.get(`${l.lang}/${l.need}`) ?? []), l]);
  const halfOf = new Map<string, Half>();
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => Buffer.compare(sha(SPLIT_SEED + a.id), sha(SPLIT_SEED + b.id)));
    for (const [i, l] of ordered.entries()) halfOf.set(l.id, i % 2 === 0 ? 'tune' : 'held');
  }
  return lines.map((l) => ({ ...l, region: regionOf(l.id), half: halfOf.get(l.id) as Half }));
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** Every language file of the set, checked: known need, unique id, a query. */
export function readNeedsCorpus(dir = path.join(DATA, 'eval', 'needs')): NeedCase[] {
  const table = readNeedTable(dir);
  const lines = LANGS.flatMap((lang) => readJson<NeedLine[]>(path.join(dir, `${lang}.json`)));
  const seen = new Set<string>();
  for (const l of lines) {
    if (seen.has(l.id)) throw new Error(`data/eval/needs: id ${l.id} twice`);
    seen.add(l.id);
    if (!table.needs[l.need])
      throw new Error(`data/eval/needs: ${l.id} has need "${l.need}", not in expected.json`);
    if (!l.query.trim()) throw new Error(`data/eval/needs: ${l.id} has no query`);
  }
  return splitHalves(lines);
}

export function readNeedTable(dir = path.join(DATA, 'eval', 'needs')): NeedTable {
  return readJson<NeedTable>(path.join(dir, 'expected.json'));
}

/** Offers by id with the languages they are held in and whether they are violence services (from the catalogue). */
function offerLanguages(): Map<string, { languages: string[]; violence: boolean }> {
  const map = new Map<string, { languages: string[]; violence: boolean }>();
  for (const f of fs.readdirSync(CATALOGUE_DIR).filter((n) => n.endsWith('.json'))) {
    const offers = readJson<{ offers: { id: string; languages: string[]; topics: string[] }[] }>(
      path.join(CATALOGUE_DIR, f),
    ).offers;
    for (const o of offers)
      map.set(o.id, { languages: o.languages, violence: o.topics.includes('violence') });
  }
  return map;
}

/** The offers that may come first for a case. */
export function acceptableFirst(c: NeedCase, table: NeedTable, langs = offerLanguages()): Set<string> {
  const rule = table.needs[c.need] as NeedRule;
  const ok = new Set(rule.first[c.region]);
  const lang = c.lang === 'ls' ? 'de' : c.lang;
  if (rule.first_in_language && lang !== 'de')
    for (const [id, o] of langs) if (o.languages.includes(lang) && !o.violence) ok.add(id);
  return ok;
}

export interface NeedTally {
  n: number;
  recall: number;
  hit: number;
  first: number;
}
export interface NeedMiss {
  id: string;
  half: Half;
  region: LocalRegionId;
  query: string;
  need: string;
  firstRight: boolean;
  missing: string[];
  top5: string[];
}
export interface NeedsReport {
  /** Per half, per language. */
  halves: Record<Half, Record<string, NeedTally>>;
  misses: NeedMiss[];
  pass: boolean;
}

export const needRates = (t: NeedTally) => ({
  recall_at_5: t.n ? t.recall / t.n : 1,
  hit_at_5: t.n ? t.hit / t.n : 1,
  first_right: t.n ? t.first / t.n : 1,
});

/** Runs the set through the searcher as the app runs a typed search in the line's region. */
export function runNeedsEval(
  searcher: Searcher,
  cases = readNeedsCorpus(),
  table = readNeedTable(),
  k = 5,
): NeedsReport {
  const langs = offerLanguages();
  const halves: NeedsReport['halves'] = { tune: {}, held: {} };
  const misses: NeedMiss[] = [];
  for (const hashed of cases) {
    // A line that names a town of another region is asked there: the family said where it lives.
    let result = searcher.search({ text: hashed.query, region: hashed.region });
    const named = result.namedRegions[0];
    const c = named && !result.namedRegions.includes(hashed.region) ? { ...hashed, region: named } : hashed;
    if (c !== hashed) result = searcher.search({ text: c.query, region: c.region });
    const top = shown(result).slice(0, k);
    const expected = (table.needs[c.need] as NeedRule).expected[c.region];
    const found = expected.filter((id) => top.includes(id));
    const firstRight = top[0] !== undefined && acceptableFirst(c, table, langs).has(top[0]);
    const t = halves[c.half][c.lang] ?? { n: 0, recall: 0, hit: 0, first: 0 };
    halves[c.half][c.lang] = {
      n: t.n + 1,
      recall: t.recall + found.length / Math.min(k, expected.length),
      hit: t.hit + (found.length > 0 ? 1 : 0),
      first: t.first + (firstRight ? 1 : 0),
    };
    const missing = expected.filter((id) => !top.includes(id));
    if (!firstRight || missing.length > 0) misses.push({ ...c, firstRight, missing, top5: top });
  }
  const pass = Object.values(halves.held).every((t) => {
    const r = needRates(t);
    return (
      r.recall_at_5 >= NEEDS_TARGETS.recall_at_5 &&
      r.hit_at_5 >= NEEDS_TARGETS.hit_at_5 &&
      r.first_right >= NEEDS_TARGETS.first_right
    );
  });
  return { halves, misses, pass };
}
