/** The matching core: the one entry other folders import. Pure: no DOM, no storage, no clock. */

export { mergeIndexes } from '../catalogue/index.ts';
export type { Analysis, Unit } from './analyse.ts';
export { buildSearchIndex, type IndexInput } from './build-index.ts';
export { CHANNEL_MODES, CONDITION_MODES, MODE_IDS } from './filters.ts';
export { homeKoki } from './home-koki.ts';
export { MAX_SEARCHED_CHARS, MAX_TEXT_CHARS, normalise, queryTokens, stem, tokenise } from './normalise.ts';
export { type PackedIndex, packIndex, unpackIndex } from './pack-index.ts';
export { compilePlaces, resolvePlace } from './places.ts';
export * from './questionnaire.ts';
export { REASON_KEYS, type ReasonKey } from './reasons.ts';
export {
  createSearcher,
  DEFAULT_LIMIT,
  type Searcher,
  type SearchOptions,
} from './searcher.ts';
export { type IndexPart, restrictIndex, splitIndex, type WideIndexPart } from './split-index.ts';
export { MIN_RELEVANCE } from './tuning.ts';
export type * from './types.ts';
