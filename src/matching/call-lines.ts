/** Never a dead end: a line to call when none of the first results can be reached by phone. */
import type { Offer } from '../catalogue/index.ts';
import { type DocTable, offerAt } from './docs.ts';
import { inScope, isLocal } from './filters.ts';
import type { RankContext } from './rank.ts';
import type { CallLine } from './types.ts';

/** How many results the family sees first (about one screen at 360×640): one of them should have a phone. */
export const FIRST_SEEN = 3;
/** The most lines added. */
export const MAX_CALL_LINES = 2;

/** Whether an offer can be called: a phone of its own or of its provider (data/organizations.json). */
export function phoneCheck(orgsWithPhone: Set<string>): (offer: Offer) => boolean {
  return (offer) =>
    offer.phones.length > 0 || (!!offer.organization.id && orgsWithPhone.has(offer.organization.id));
}

function candidates(line: CallLine, docs: DocTable, ctx: RankContext, byId: Map<string, number>): number[] {
  const home = ctx.scope.home;
  const cats = line.categories ?? [];
  const local = docs.all
    .filter((n) => {
      const o = offerAt(docs, n);
      return cats.includes(o.category) && isLocal(o, ctx.index);
    })
    .sort((a, b) => {
      const cat = (n: number) => cats.indexOf(offerAt(docs, n).category);
      const mine = (n: number) => Number(!!home && offerAt(docs, n).areas.includes(home));
      return cat(a) - cat(b) || mine(b) - mine(a) || a - b;
    });
  const named = line.offers.flatMap((id) => byId.get(id) ?? []);
  return [...local, ...named];
}

/**
 * Document numbers of the lines to add after the first result: only when none of the first FIRST_SEEN results
 * has a phone, for the topics the query names (in their order), in scope and with a phone; at most MAX_CALL_LINES.
 */
export function callLineDocs(
  ordered: number[],
  docs: DocTable,
  ctx: RankContext,
  canCall: (offer: Offer) => boolean,
  byId: Map<string, number>,
): number[] {
  if (ordered.length === 0) return [];
  if (ordered.slice(0, FIRST_SEEN).some((n) => canCall(offerAt(docs, n)))) return [];
  const out: number[] = [];
  for (const topic of ctx.topics) {
    for (const line of ctx.index.callLines.filter((l) => l.topics.includes(topic))) {
      for (const n of candidates(line, docs, ctx, byId)) {
        const o = offerAt(docs, n);
        if (out.length < MAX_CALL_LINES && !out.includes(n) && inScope(o, ctx.scope) && canCall(o))
          out.push(n);
      }
    }
  }
  return out;
}
