/** Ranking factors on top of relevance (region, stage, KoKi, language, audience) and the reasons they give. */
import type { Offer } from '../catalogue/index.ts';
import type { Unit } from './analyse.ts';
import { PROFESSIONALS } from './audience.ts';
import { offerDistance, type Position } from './distance.ts';
import { hasMode, isLocal, type RegionScope, speaks } from './filters.ts';
import { normalise } from './normalise.ts';
import { MAX_BITS, NEAR_KM, RANK, TYPICAL_KM } from './tuning.ts';
import type { Query, Reason, SearchIndex } from './types.ts';

/** What ranking needs to know about the query besides its units. */
export interface RankContext {
  index: SearchIndex;
  query: Query;
  scope: RegionScope;
  units: Unit[];
  /** Stages the text implies (schwanger → pregnant); they rank far less than a chosen stage. */
  textStages: string[];
  /** Modes chosen as filters plus modes asked for in the text (kostenlos, anonym). */
  modes: string[];
  /** Topic ids the query names (text phrases and chosen topics). */
  topics: string[];
  /** A danger sign was found or the query is urgent. */
  danger: boolean;
  /** The family's town (place answer, else a place the text names): nearer offers first among equals. */
  origin: Position | null;
}

/** The kind of service that answers a topic first: a pregnancy question is counselling before a delivery room. */
const FIRST_CATEGORIES: Record<string, string[]> = {
  pregnancy: ['pregnancy-counselling'],
  separation: ['parenting-counselling'],
  partnership: ['parenting-counselling'],
};

/** Topics whose services are listed lower until the query names the topic (or danger is found). */
const CALM_TOPICS = ['violence', 'loss-grief', 'housing'];

/** 1 when the offer is for the family's stage, 0 when not tied to a stage or none is known, -1 when for others only. */
export function stageFit(offer: Offer, ctx: RankContext): number {
  const fit = (s: string) => (offer.stages.length === 0 ? 0 : offer.stages.includes(s) ? 1 : -1);
  const stages = ctx.query.stage ? [ctx.query.stage] : ctx.textStages;
  return stages.length === 0 ? 0 : Math.max(...stages.map(fit));
}

/** Multipliers of one offer; each is 1 when it does not apply. */
export function factors(offer: Offer, ctx: RankContext): Record<string, number> {
  const out: Record<string, number> = {};
  const { scope, query } = ctx;
  if (isLocal(offer, ctx.index)) {
    if (!scope.home) out.region = RANK.regionUnknown;
    else if (offer.areas.includes(scope.home)) out.region = RANK.homeRegion;
    else if (offer.areas.some((a) => scope.named.some((n) => n === a))) out.region = RANK.namedRegion;
  }
  const fit = stageFit(offer, ctx);
  if (fit !== 0) {
    const [fits, other] = query.stage
      ? [RANK.chosenStageFits, RANK.chosenStageOther]
      : [RANK.textStageFits, RANK.textStageOther];
    out.stage = fit > 0 ? fits : other;
  }
  if (offer.category === 'koki') out.koki = RANK.koki;
  // Separation without any sign of violence is a counselling matter, a pregnancy is not a loss, money for baby
  // things is no housing need: services whose first topic is violence, grief or housing stay listed, lower, until
  // the query names it.
  const calmTopic = offer.category === 'violence-protection' ? 'violence' : offer.topics[0];
  if (calmTopic && CALM_TOPICS.includes(calmTopic) && !ctx.danger && !ctx.topics.includes(calmTopic))
    out.calm = RANK.calm;
  // An emergency number answers danger (its safety block; a medical emergency is one), not a birth, a fever or a
  // health topic alone: 116 117 and the paediatric practice come first for those.
  if (offer.category === 'emergency' && !ctx.danger) out.emergency = RANK.emergencyCalm;
  if (ctx.topics.some((t) => FIRST_CATEGORIES[t]?.includes(offer.category))) out.fit = RANK.firstCategory;
  if (query.lang && query.lang !== 'de' && speaks(offer, query.lang)) out.lang = RANK.language;
  // A professional asks for the network's contacts (KoKi, coordination) first; any other audience only nudges.
  if (query.audience && offer.audiences.includes(query.audience))
    out.audience = query.audience === PROFESSIONALS ? RANK.professionals : RANK.audience;
  // Rural families travel by bus: an offer in their own town beats one across the district, a near one a far one.
  if (query.place && inTown(offer, query.place, ctx)) out.place = RANK.ownTown;
  if (ctx.origin) {
    // Nearer than TYPICAL_KM is no merit over a hotline without a place; farther costs.
    const km = offerDistance(offer, ctx.origin, ctx.index)?.km ?? 0;
    const scale = Math.min(1, (1 + TYPICAL_KM / NEAR_KM) / (1 + km / NEAR_KM));
    if (scale < 1) out.distance = Math.round(scale * 1000) / 1000;
  }
  return out;
}

/**
 * True when the offer is in the family's town: its name or one of its addresses names the town. A town that names
 * the whole region (Kaufbeuren, Gummersbach, Coburg) tells nothing, every offer there is in it.
 */
export function inTown(offer: Offer, place: string, ctx: RankContext): boolean {
  const town = normalise(place);
  const within = (text: string) => ` ${normalise(text)} `.includes(` ${town} `);
  const home = ctx.scope.home;
  if (town === '' || (home && within(ctx.index.regionNames[home] ?? home))) return false;
  const names = [offer.name, ...offer.locations.map((l) => l.address.city)];
  return names.some(within);
}

function regionReason(offer: Offer, ctx: RankContext): Reason {
  const names = ctx.index.regionNames;
  const local = offer.areas.filter((a) => Object.hasOwn(ctx.index.regionAreas, a));
  if (local.length === 0) {
    const wide = offer.areas.includes('deutschland') ? 'deutschland' : (offer.areas[0] ?? 'deutschland');
    return { key: 'reason.wideArea', params: { area: names[wide] ?? wide } };
  }
  const home = ctx.scope.home;
  const shown =
    home && local.includes(home)
      ? home
      : (local.find((a) => ctx.scope.named.some((n) => n === a)) ?? local[0]);
  return { key: 'reason.servesRegion', params: { region: names[shown ?? ''] ?? shown ?? '' } };
}

function conceptReasons(offer: Offer, concept: string, ctx: RankContext): Reason[] {
  const [kind = '', id = ''] = concept.split(':');
  const labels = ctx.index.labels;
  if (kind === 't' && offer.topics.includes(id))
    return [{ key: 'reason.topic', params: { topic: labels.topics[id] ?? id } }];
  if (kind === 'c' && offer.category === id && id !== 'koki') {
    return [{ key: 'reason.category', params: { category: labels.categories[id] ?? id } }];
  }
  if (kind === 'l' && id !== 'mul' && offer.languages.includes(id)) {
    return [{ key: 'reason.language', params: { language: labels.languages[id] ?? id } }];
  }
  return [];
}

/** Why this offer is listed, most telling first; no key twice with the same parameters. */
export function reasonsFor(offer: Offer, matched: number, byWord: number, ctx: RankContext): Reason[] {
  const out: Reason[] = [];
  const push = (r: Reason) => {
    const same = (o: Reason) => o.key === r.key && JSON.stringify(o.params) === JSON.stringify(r.params);
    if (!out.some(same)) out.push(r);
  };
  ctx.units.forEach((unit, u) => {
    if (u >= MAX_BITS || !(matched & (1 << u))) return;
    if (byWord & (1 << u) && unit.coverage && !unit.phrase)
      push({ key: 'reason.matchesTerm', params: { term: unit.show } });
    for (const t of unit.terms) for (const r of conceptReasons(offer, t.term, ctx)) push(r);
    if (unit.phrase && (byWord & (1 << u)) !== 0)
      push({ key: 'reason.matchesTerm', params: { term: unit.show } });
  });
  if (offer.category === 'koki') push({ key: 'reason.koki' });
  push(regionReason(offer, ctx));
  const stage = ctx.query.stage;
  if (stage && offer.stages.includes(stage))
    push({ key: 'reason.stage', params: { stage: ctx.index.labels.stages[stage] ?? stage } });
  for (const m of ctx.modes) {
    if (!hasMode(offer, m, ctx.query.lang)) continue;
    if (m === 'free') push({ key: 'reason.free' });
    else if (m === '24-7') push({ key: 'reason.available247' });
    else push({ key: 'reason.mode', params: { mode: ctx.index.labels.modes[m] ?? m } });
  }
  if (ctx.query.lang && ctx.query.lang !== 'de' && offer.languages.includes(ctx.query.lang)) {
    push({
      key: 'reason.language',
      params: { language: ctx.index.labels.languages[ctx.query.lang] ?? ctx.query.lang },
    });
  }
  if (ctx.query.audience === 'professionals' && offer.audiences.includes('professionals'))
    push({ key: 'reason.professionals' });
  return out;
}
