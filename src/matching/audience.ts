/**
 * Who an offer is for, against who asks. Most offers are for parents (or say nothing) and are listed for anyone;
 * a line for children and teenagers is listed only when the need is the child's own, an offer only for
 * professionals only when a professional asks. The safety block does not use this: in danger, any line counts.
 */
import type { Offer } from '../catalogue/index.ts';
import { queryTokens, stem, tokenise } from './normalise.ts';
import type { Query } from './types.ts';

/** Taxonomy audience of lines for children and teenagers themselves. */
export const CHILDREN = 'children';
/** Taxonomy audience of offers for professionals working with families. */
export const PROFESSIONALS = 'professionals';
/** Taxonomy audience of offers for (expecting) parents: listed for anyone. */
export const PARENTS = 'parents';

// Kept deliberately small and literal: a young person writing, or the child named together with talking.
const YOUNG_WORDS = [
  'jugendlich',
  'jugendliche',
  'jugendlicher',
  'teenager',
  'minderjährig',
  'schüler',
  'schülerin',
];
const CHILD_WORDS = ['kind', 'kinder', 'sohn', 'tochter'];
const TALK_WORDS = ['reden', 'redet', 'sprechen', 'spricht', 'zuhören', 'anvertrauen', 'kummer'];
const stems = (words: string[]) => new Set(words.flatMap((w) => tokenise(w)).map(stem));
const YOUNG = stems(YOUNG_WORDS);
const CHILD = stems(CHILD_WORDS);
const TALK = stems(TALK_WORDS);

/**
 * True when the need is the child's own: the audience chosen is children, the text speaks as or of a teenager
 * (Jugendliche, minderjährig, Schüler), or it names the child together with talking ("mein Sohn braucht jemanden
 * zum Reden", "Kummer"). "Mein Kind schreit" is the parent's need, not the child's.
 */
export function childsNeed(query: Query): boolean {
  if (query.audience === CHILDREN) return true;
  const words = queryTokens(query.text ?? '').map(stem);
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  return has(YOUNG) || (has(CHILD) && has(TALK));
}

/** The audience filter of a query (its audience chosen or named in the text): which offers are for who asks. */
export function audienceFilter(query: Query): (offer: Offer) => boolean {
  const child = childsNeed(query);
  const professional = query.audience === PROFESSIONALS;
  return (offer) => {
    const a = offer.audiences;
    if (a.length === 0 || a.includes(PARENTS)) return true;
    return (child && a.includes(CHILDREN)) || (professional && a.includes(PROFESSIONALS));
  };
}
