/**
 * The light door into matching: plain constants that the first bundle (search form, results URL, offer page)
 * needs. Importing them through index.ts would pull the whole matching core (Fuse.js) into that bundle.
 */

/**
 * The longest free text read (URL, search form, danger check): longer input is cut, never rejected. Danger signs are
 * looked for in all of it, since someone may describe a long story before "er schlägt mich".
 */
export const MAX_TEXT_CHARS = 10_000;
/** The part of a query that is searched and ranked: hard caps on the work one query may cause. */
export const MAX_SEARCHED_CHARS = 500;
export const MAX_QUERY_TOKENS = 64;

export { distanceKm, type Position } from './geo.ts';
/** The family's own KoKi: the offer page names it beside any offer, without loading the search core. */
export { homeKoki } from './home-koki.ts';
export { typedLanguage } from './typed-language.ts';
