/** The searcher: built once from the catalogue's offers and the shipped index, then answers queries in milliseconds. */
import type { LocalRegionId, Offer, Organization } from '../catalogue/types.ts';
import { type Analysis, analyse, type Unit } from './analyse.ts';
import { audienceFilter } from './audience.ts';
import { fallbackBlock, safetyBlock } from './blocks.ts';
import { callLineDocs, phoneCheck } from './call-lines.ts';
import { type DocTable, docTable, offerAt, scopeMask } from './docs.ts';
import { inScope, MODE_IDS, modeFilter, regionScope } from './filters.ts';
import { homeKoki } from './home-koki.ts';
import { createLexicon, type Lexicon } from './lexicon.ts';
import { notCoveredResult, splitNotCovered } from './not-covered.ts';
import { type RankContext, stageFit } from './rank.ts';
import { type Found, rankResults } from './results.ts';
import { type Accumulated, createAccumulator, postingsReader, relevance } from './score.ts';
import type { NotCoveredNeed, PlaceEntry, Query, SafetyRule, SearchIndex, SearchResult } from './types.ts';

/** Below this relevance an offer matched too little of the query to be listed. */
export const MIN_RELEVANCE = 0.5;
/** How many results search returns unless told otherwise; SearchResult.total counts them all. */
export const DEFAULT_LIMIT = 100;

/** Options of one search. */
export interface SearchOptions {
  /** The most results to return (Infinity for all); the ranking is the same whatever the limit. */
  limit?: number;
}

/** A ready searcher over one catalogue. */
export interface Searcher {
  search(query: Query, options?: SearchOptions): SearchResult;
}

const EMPTY: Analysis = { units: [], places: [], safety: [], corrections: [] };

function pick<T extends string>(value: unknown, allowed: (v: string) => boolean): T | undefined {
  // `allowed` checks membership of T's values, which a boolean predicate cannot tell the compiler.
  return typeof value === 'string' && allowed(value) ? (value as T) : undefined;
}

/** A query as typed data, whatever it arrived as: unknown ids and wrong types are dropped, never thrown on. */
export function sanitise(raw: Query, index: SearchIndex): Query {
  // Queries arrive from URLs and the CLI's JSON lines: each field is read as unknown and checked below.
  const q = (raw ?? {}) as Record<string, unknown>;
  const list = (v: unknown, ok: (s: string) => boolean) =>
    Array.isArray(v)
      ? [...new Set(v.filter((x): x is string => typeof x === 'string' && ok(x)))].slice(0, 20)
      : [];
  return {
    text: typeof q.text === 'string' ? q.text : '',
    region: pick<LocalRegionId>(q.region, (r) => Object.hasOwn(index.regionAreas, r)),
    stage: pick(q.stage, (s) => Object.hasOwn(index.labels.stages, s)),
    topics: list(q.topics, (t) => Object.hasOwn(index.labels.topics, t)),
    modes: list(q.modes, (m) => MODE_IDS.includes(m)),
    lang: pick(q.lang, (l) => /^[a-z]{2,3}$/.test(l)),
    audience: pick(q.audience, (a) => Object.hasOwn(index.labels.audiences, a)),
    place: typeof q.place === 'string' ? q.place.slice(0, 80) : undefined,
    urgent: q.urgent === true,
  };
}

/** Ids of one kind of concept (t, m, s, a) that the query's phrases name. */
export function conceptIds(units: Unit[], kind: string): string[] {
  const ids = units.flatMap((u) => (u.phrase && u.phrase.weight >= 1 ? u.phrase.concepts : []));
  return [...new Set(ids.filter((c) => c.startsWith(`${kind}:`)).map((c) => c.slice(kind.length + 1)))];
}

function topicUnits(topics: string[], index: SearchIndex): Unit[] {
  return topics.map((t) => ({
    show: index.labels.topics[t] ?? t,
    terms: [{ term: `t:${t}`, w: 1 }],
    coverage: true,
    phrase: { key: t, show: t, concepts: [`t:${t}`], weight: 1 },
  }));
}

/** What a query is understood as: its units, analysis, ranking context and a need not covered. */
interface Plan {
  analysis: Analysis;
  ctx: RankContext;
  uncovered: NotCoveredNeed | null;
}

/** What a query is understood as: its units, analysis and ranking context. */
function plan(query: Query, index: SearchIndex, lex: Lexicon): Plan {
  const uncovered = query.text ? splitNotCovered(query.text, index.notCovered) : null;
  const text = uncovered ? uncovered.rest : query.text;
  const analysis = text ? analyse(text, lex) : EMPTY;
  const units = [...analysis.units, ...topicUnits(query.topics ?? [], index)];
  // "Coburg" names the city and the Landkreis; once the family's region is known, only the city is meant.
  const also = (p: PlaceEntry) => (query.region ? [] : (p.also ?? []));
  const named = [...new Set(analysis.places.flatMap((p) => [p.region, ...also(p)]))];
  const scope = regionScope(query.region ?? null, named, index);
  const modes = [...new Set([...(query.modes ?? []), ...conceptIds(units, 'm')])];
  const audience = query.audience ?? conceptIds(units, 'a')[0];
  const rankQuery = audience ? { ...query, audience } : query;
  return {
    analysis,
    uncovered: uncovered?.need ?? null,
    ctx: {
      index,
      query: rankQuery,
      scope,
      units,
      textStages: conceptIds(units, 's'),
      modes,
      topics: conceptIds(units, 't'),
      danger: analysis.safety.length > 0 || query.urgent === true,
    },
  };
}

/** The documents a query finds: matches passing the filters, the KoKi net, the safety block, or the fallback. */
function find(
  query: Query,
  plan: Plan,
  docs: DocTable,
  acc: Accumulated | null,
  kindWords: (rule: SafetyRule, n: number) => number,
): Found {
  const { analysis, ctx } = plan;
  const mask = scopeMask(ctx.scope, docs);
  const passes = modeFilter(query);
  const forWhoAsks = audienceFilter(ctx.query);
  const eligible = (n: number) =>
    ((docs.areas[n] ?? 0) & mask) !== 0 && passes(offerAt(docs, n)) && forWhoAsks(offerAt(docs, n));
  const rel = (n: number) => (acc ? relevance(acc, n) : 1);
  const strong = (n: number) =>
    !acc || acc.coverageBits === 0 || ((acc.matched[n] ?? 0) & acc.coverageBits) !== 0;
  const pool = acc ? acc.touched.filter((n) => docs.offers[n] && strong(n)) : docs.all;
  const hits = pool.filter((n) => eligible(n) && rel(n) >= MIN_RELEVANCE);
  const hitSet = new Set(hits);
  const home = ctx.scope.home;
  // Never a dead end: the family's own KoKi is always listed, after the offers that match better.
  const isHomeKoki = (n: number) => !!home && offerAt(docs, n).areas.includes(home);
  const net =
    acc && hits.length > 0 ? docs.kokis.filter((n) => isHomeKoki(n) && eligible(n) && !hitSet.has(n)) : [];
  const rules = [...analysis.safety, ...(query.urgent ? [ctx.index.urgent] : [])];
  const withOffers = () => docs.all.map((n) => ({ n, offer: offerAt(docs, n) }));
  const fit = (o: Offer) => stageFit(o, ctx);
  const block =
    rules.length > 0 ? safetyBlock(rules, withOffers(), ctx.scope, rel, fit, ctx.index, kindWords) : [];
  // A need not covered and nothing else asked: the KoKi and the hotlines, never near misses.
  const fallback = hits.length === 0 || (!!plan.uncovered && !acc);
  const forFallback = () => withOffers().filter((d) => forWhoAsks(d.offer));
  const listed = fallback ? fallbackBlock(forFallback(), ctx.scope, ctx.index) : [...hits, ...net];
  return { listed, net: new Set(net), block, fallback, safety: rules.length > 0, rel };
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
  // How strongly a safety kind's words appear in an offer's texts: orders candidates of equal fit.
  const kindWords = (rule: SafetyRule, n: number) => {
    let sum = 0;
    for (const w of rule.words) {
      const p = read(w);
      if (!p) continue;
      const i = p.docs.indexOf(n);
      if (i >= 0) sum += p.w[i] ?? 0;
    }
    return sum;
  };
  const search = (raw: Query, options: SearchOptions = {}): SearchResult => {
    const query = sanitise(raw, index);
    const p = plan(query, index, lex);
    // No words but places or stop words: list everything in scope. Words that match nothing end in the fallback.
    const wordUnits = p.ctx.units.filter(
      (u) => u.coverage || !p.analysis.places.some((pl) => pl.name === u.show),
    );
    const acc = wordUnits.length > 0 ? accumulate(p.ctx.units, read) : null;
    const found = find(query, p, docs, acc, kindWords);
    const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
    const calls = (ordered: number[]) => callLineDocs(ordered, docs, p.ctx, canCall, byId);
    const { results, total } = rankResults(found, docs, p.ctx, acc, limit, calls);
    const reachable = (id: string) => byId.has(id) && inScope(offerAt(docs, byId.get(id) ?? -1), p.ctx.scope);
    const understood = [
      ...conceptIds(p.ctx.units, 't').map((t) => index.labels.topics[t] ?? t),
      ...p.analysis.places.map((pl) => pl.name),
      ...p.analysis.corrections,
    ];
    return {
      results,
      total,
      safety: found.safety,
      danger: [...p.analysis.safety.map((r) => r.id), ...(query.urgent ? ['urgent'] : [])],
      notCovered: p.uncovered ? notCoveredResult(p.uncovered, reachable) : null,
      fallback: found.fallback,
      region: p.ctx.scope.home,
      koki: homeKoki(offers, p.ctx.scope.home),
      namedRegions: p.ctx.scope.named,
      understood: [...new Set(understood)],
    };
  };
  return { search };
}
