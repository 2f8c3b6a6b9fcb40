/** The two fixed blocks of a result list: help in danger on top, and the fallback when nothing matched. */
import type { Offer } from '../catalogue/index.ts';
import { inScope, isLocal, type RegionScope } from './filters.ts';
import type { SafetyRule, SearchIndex } from './types.ts';

/** The most offers a safety block shows, however many danger kinds a query touches. */
export const SAFETY_BLOCK_MAX = 4;

interface Doc {
  n: number;
  offer: Offer;
}

const byId = (a: Doc, b: Doc) => (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0);

/** How well an offer fits the family's stage: 1 fits, 0 not tied to a stage, -1 for another stage only. */
export type StageFit = (offer: Offer) => number;

function pickForRule(
  rule: SafetyRule,
  docs: Doc[],
  relevance: (n: number) => number,
  stageOf: StageFit,
  local: (o: Offer) => boolean,
  words: (rule: SafetyRule, n: number) => number,
): Doc[] {
  // The kind's own lines come first, in the order data/safety.json gives (those out of scope are not in docs).
  const named = rule.offers.flatMap((id) => docs.filter((d) => d.offer.id === id));
  const numbered = docs
    .filter((d) => !named.includes(d) && d.offer.phones.some((p) => rule.numbers.includes(p.number)))
    .sort(byId);
  const overlap = (o: Offer) => o.topics.filter((t) => rule.topics.includes(t)).length;
  const others = docs
    .filter((d) => !numbered.includes(d) && !named.includes(d))
    .filter(
      ({ offer: o }) =>
        (!rule.allDay || o.available_24_7 || o.category === 'emergency') &&
        rule.categories.includes(o.category),
    )
    .filter(({ offer: o }) => overlap(o) > 0)
    .sort(
      (a, b) =>
        overlap(b.offer) - overlap(a.offer) ||
        Number(local(a.offer)) - Number(local(b.offer)) ||
        stageOf(b.offer) - stageOf(a.offer) ||
        words(rule, b.n) - words(rule, a.n) ||
        relevance(b.n) - relevance(a.n) ||
        byId(a, b),
    )
    .slice(0, Math.max(0, rule.max - named.length - numbered.length));
  const ordered = rule.emergencyFirst ? [...numbered, ...others] : [...others, ...numbered];
  return [...named, ...ordered].slice(0, rule.max);
}

/** Document numbers of the safety block for the danger kinds found, in order (empty without any). */
export function safetyBlock(
  rules: SafetyRule[],
  docs: Doc[],
  scope: RegionScope,
  relevance: (n: number) => number,
  stageOf: StageFit,
  index: SearchIndex,
  words: (rule: SafetyRule, n: number) => number,
): number[] {
  if (rules.length === 0) return [];
  // In danger any number helps: without a known place, local 24/7 services may show, after the wide-area ones.
  const eligible = scope.home ? docs.filter((d) => inScope(d.offer, scope)) : docs;
  const local = (o: Offer) => !scope.home && isLocal(o, index);
  const out: number[] = [];
  for (const rule of rules) {
    for (const d of pickForRule(rule, eligible, relevance, stageOf, local, words))
      if (!out.includes(d.n)) out.push(d.n);
  }
  return out.slice(0, SAFETY_BLOCK_MAX);
}

/** Document numbers of the fallback: the family's KoKi (all KoKis in scope) first, then the wide-area hotlines. */
export function fallbackBlock(docs: Doc[], scope: RegionScope, index: SearchIndex): number[] {
  const eligible = docs.filter((d) => inScope(d.offer, scope));
  const home = scope.home;
  const kokis = eligible
    .filter((d) => d.offer.category === 'koki' && isLocal(d.offer, index))
    .sort(
      (a, b) =>
        Number(!!home && b.offer.areas.includes(home)) - Number(!!home && a.offer.areas.includes(home)) ||
        byId(a, b),
    );
  const hotlines = eligible
    .filter((d) => d.offer.category === 'hotline' && !isLocal(d.offer, index))
    .sort((a, b) => b.offer.topics.length - a.offer.topics.length || byId(a, b));
  return [...kokis, ...hotlines].map((d) => d.n);
}
