/** The searcher: built once from the catalogue's offers and the shipped index, then answers queries in milliseconds. */
import type { Offer, Organization } from '../catalogue/index.ts';
import { audienceFilter } from './audience.ts';
import { fallbackBlock, safetyBlock } from './blocks.ts';
import { callLineDocs, phoneCheck } from './call-lines.ts';
import { type DocTable, docTable, offerAt, scopeMask } from './docs.ts';
import { inScope, modeFilter } from './filters.ts';
import { homeKoki } from './home-koki.ts';
import { createLexicon } from './lexicon.ts';
import { notCoveredResult } from './not-covered.ts';
import { conceptIds, type Plan, plan, sanitise } from './query-plan.ts';
import { stageFit } from './rank.ts';
import { type Found, rankResults } from './results.ts';
import { type Accumulated, createAccumulator, type Postings, postingsReader, relevance } from './score.ts';
import { MIN_RELEVANCE } from './tuning.ts';
import type { DangerSignal, Query, SafetyRule, SearchIndex, SearchResult } from './types.ts';

/** How many results search returns unless told otherwise; SearchResult.total counts them all. */
export const DEFAULT_LIMIT = 100;
/** The most lines a net (a weak danger signal) shows in its compact row. */
export const NET_MAX = 2;

/** Options of one search. */
export interface SearchOptions {
  /** The most results to return (Infinity for all); the ranking is the same whatever the limit. */
  limit?: number;
}

/** A ready searcher over one catalogue. */
export interface Searcher {
  search(query: Query, options?: SearchOptions): SearchResult;
  /** Builds now what the first search with words would build (the danger lookups), to run in an idle moment. */
  prepare(): void;
}

type Test = (n: number) => boolean;
type KindWords = (rule: SafetyRule, n: number) => number;

/** Step 1: which documents may be listed at all: in scope, of a chosen mode, for whoever asks. */
function eligibility(query: Query, plan: Plan, docs: DocTable): Test {
  const mask = scopeMask(plan.ctx.scope, docs);
  const passes = modeFilter(query);
  const forWhoAsks = audienceFilter(plan.ctx.query);
  return (n) =>
    ((docs.areas[n] ?? 0) & mask) !== 0 && passes(offerAt(docs, n)) && forWhoAsks(offerAt(docs, n));
}

/** Step 2: the eligible documents that matched strongly enough (all eligible ones when no words were searched). */
function matches(
  docs: DocTable,
  acc: Accumulated | null,
  eligible: Test,
  rel: (n: number) => number,
): number[] {
  const strong = (n: number) =>
    !acc || acc.coverageBits === 0 || ((acc.matched[n] ?? 0) & acc.coverageBits) !== 0;
  const pool = acc ? acc.touched.filter((n) => docs.offers[n] && strong(n)) : docs.all;
  return pool.filter((n) => eligible(n) && rel(n) >= MIN_RELEVANCE);
}

/** Step 3, never a dead end: the family's own KoKi is always listed, after the offers that match better. */
function kokiNet(
  plan: Plan,
  docs: DocTable,
  acc: Accumulated | null,
  hits: number[],
  eligible: Test,
): number[] {
  const home = plan.ctx.scope.home;
  if (!acc || hits.length === 0 || !home) return [];
  const hitSet = new Set(hits);
  return docs.kokis.filter((n) => offerAt(docs, n).areas.includes(home) && eligible(n) && !hitSet.has(n));
}

/** Step 4: the safety block for the danger signs found (and for an urgent query). */
function dangerBlock(query: Query, plan: Plan, docs: DocTable, rel: (n: number) => number, words: KindWords) {
  const { ctx } = plan;
  const rules = [...plan.analysis.safety, ...(query.urgent ? [ctx.index.urgent] : [])];
  if (rules.length === 0) return { rules, block: [] };
  const all = docs.all.map((n) => ({ n, offer: offerAt(docs, n) }));
  const fit = (o: Offer) => stageFit(o, ctx);
  return { rules, block: safetyBlock(rules, all, ctx.scope, rel, fit, ctx.index, words) };
}

/** The documents a query finds: matches passing the filters, the KoKi net, the safety block, or the fallback. */
function find(query: Query, plan: Plan, docs: DocTable, acc: Accumulated | null, words: KindWords): Found {
  const eligible = eligibility(query, plan, docs);
  const rel = (n: number) => (acc ? relevance(acc, n) : 1);
  const hits = matches(docs, acc, eligible, rel);
  const net = kokiNet(plan, docs, acc, hits, eligible);
  const { rules, block } = dangerBlock(query, plan, docs, rel, words);
  // A need not covered and nothing else asked: the KoKi and the hotlines, never near misses.
  const fallback = hits.length === 0 || (!!plan.uncovered && !acc);
  const forWhoAsks = audienceFilter(plan.ctx.query);
  const forFallback = () =>
    docs.all.map((n) => ({ n, offer: offerAt(docs, n) })).filter((d) => forWhoAsks(d.offer));
  const listed = fallback ? fallbackBlock(forFallback(), plan.ctx.scope, plan.ctx.index) : [...hits, ...net];
  return { listed, net: new Set(net), block, fallback, safety: rules.length > 0, rel };
}

/** How strongly a safety kind's words appear in an offer's texts: orders candidates of equal fit. */
function kindWordsOf(read: (term: string) => Postings | null): KindWords {
  return (rule, n) => {
    let sum = 0;
    for (const w of rule.words) {
      const p = read(w);
      if (!p) continue;
      const i = p.docs.indexOf(n);
      if (i >= 0) sum += p.w[i] ?? 0;
    }
    return sum;
  };
}

/** An urgent answer in the questionnaire is an alarm of its own. */
const urgentSignal = (): DangerSignal => ({ kind: 'urgent', level: 'alarm', lang: null, kinds: ['urgent'] });

/** Lines for a net (a weak danger signal): the kind's 24/7 numbers, at most NET_MAX, nothing for an alarm. */
function netLines(plan: Plan, docs: DocTable, rel: (n: number) => number, words: KindWords): Offer[] {
  const signal = plan.analysis.signal;
  if (signal?.level !== 'net' || plan.analysis.safety.length > 0) return [];
  const rule = plan.ctx.index.safety.find((r) => r.id === signal.kind);
  if (!rule) return [];
  const { ctx } = plan;
  const all = docs.all.map((n) => ({ n, offer: offerAt(docs, n) }));
  const fit = (o: Offer) => stageFit(o, ctx);
  return safetyBlock([rule], all, ctx.scope, rel, fit, ctx.index, words)
    .map((n) => offerAt(docs, n))
    .filter((o) => o.phones.length > 0 && (o.available_24_7 || o.category === 'emergency'))
    .slice(0, NET_MAX);
}

/** What the search understood: the topics, places and spelling corrections, each once. */
function understood(plan: Plan, index: SearchIndex): string[] {
  // A danger understood by meaning names its topics too (Gewalt und Bedrohung), though no synonym matched its words.
  const dangerTopics = plan.analysis.safety.flatMap((r) => r.topics);
  const all = [
    ...[...conceptIds(plan.ctx.units, 't'), ...dangerTopics].map((t) => index.labels.topics[t] ?? t),
    ...plan.analysis.places.map((pl) => pl.name),
    ...plan.analysis.corrections,
  ];
  return [...new Set(all)];
}

/** No words but places or stop words: list everything in scope. Words that match nothing end in the fallback. */
function hasWords(plan: Plan): boolean {
  return plan.ctx.units.some((u) => u.coverage || !plan.analysis.places.some((pl) => pl.name === u.show));
}

/**
 * Creates a searcher; offers missing from the index are never found, index entries without an offer are skipped.
 * `organizations` (the catalogue's providers) tell which offers can be called through their provider's phone.
 */
export function createSearcher(
  offers: Offer[],
  index: SearchIndex,
  organizations: Organization[] = [],
): Searcher {
  const docs = docTable(offers, index);
  const canCall = phoneCheck(new Set(organizations.filter((o) => o.phones.length > 0).map((o) => o.id)));
  const byId = new Map(docs.all.map((n) => [offerAt(docs, n).id, n]));
  const lex = createLexicon(index);
  const read = postingsReader(index);
  const accumulate = createAccumulator(index.docs.length);
  const kindWords = kindWordsOf(read);
  const search = (raw: Query, options: SearchOptions = {}): SearchResult => {
    const query = sanitise(raw, index);
    const p = plan(query, index, lex);
    const acc = hasWords(p) ? accumulate(p.ctx.units, read) : null;
    const found = find(query, p, docs, acc, kindWords);
    const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
    const calls = (ordered: number[]) => callLineDocs(ordered, docs, p.ctx, canCall, byId);
    const { results, total } = rankResults(found, docs, p.ctx, acc, limit, calls);
    const reachable = (id: string) => byId.has(id) && inScope(offerAt(docs, byId.get(id) ?? -1), p.ctx.scope);
    return {
      results,
      total,
      safety: found.safety,
      danger: [...p.analysis.safety.map((r) => r.id), ...(query.urgent ? ['urgent'] : [])],
      signal: p.analysis.signal ?? (query.urgent ? urgentSignal() : null),
      netLines: netLines(p, docs, found.rel, kindWords),
      notCovered: p.uncovered ? notCoveredResult(p.uncovered, reachable) : null,
      fallback: found.fallback,
      region: p.ctx.scope.home,
      koki: homeKoki(offers, p.ctx.scope.home),
      namedRegions: p.ctx.scope.named,
      understood: understood(p, index),
    };
  };
  const prepare = () => {
    lex.danger()?.entries('');
  };
  return { search, prepare };
}
