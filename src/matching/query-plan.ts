/** What a query is understood as: a sanitised query, its analysis, and the context ranking needs. */
import type { LocalRegionId } from '../catalogue/index.ts';
import { type Analysis, analyse, type Unit } from './analyse.ts';
import { familyOrigin } from './distance.ts';
import { MODE_IDS, regionScope } from './filters.ts';
import type { Lexicon } from './lexicon.ts';
import { splitNotCovered } from './not-covered.ts';
import type { RankContext } from './rank.ts';
import type { NotCoveredNeed, PlaceEntry, Query, SearchIndex } from './types.ts';

const EMPTY: Analysis = { units: [], places: [], safety: [], signal: null, corrections: [] };

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
export interface Plan {
  analysis: Analysis;
  ctx: RankContext;
  uncovered: NotCoveredNeed | null;
}

/** What a query is understood as: its units, analysis and ranking context. */
export function plan(query: Query, index: SearchIndex, lex: Lexicon): Plan {
  const uncovered = query.text ? splitNotCovered(query.text, index.notCovered) : null;
  const text = uncovered ? uncovered.rest : query.text;
  const analysis = text ? analyse(text, lex, query.lang) : EMPTY;
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
      origin: familyOrigin(query.place, analysis.places, index),
    },
  };
}
