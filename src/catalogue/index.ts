export { bundledEvents, bundledOperator, bundledQuestionnaire } from './bundled.ts';
export { CACHE_DB, type CatalogueCache, createCatalogueCache, type Snapshot } from './cache.ts';
// loadCachedCatalogue and saveSnapshot are reached lazily (lazy-loader.ts) so that parsing stays out of the first bundle.
export type { CatalogueUpdate, Origin } from './cached-catalogue.ts';
export { BOM, type Cell, CRLF, csvFile } from './csv.ts';
export { type FetchJson, fetchJson } from './fetch-json.ts';
export type * from './index-format.ts';
export { lazyCatalogueLoader, loadCachedCatalogueLazily, saveSnapshotLazily } from './lazy-loader.ts';
// The loader itself is reached through lazyCatalogueLoader (app) or load-catalogue.ts directly (scripts, tests):
// re-exporting it here would put the merge into the first bundle.
export type { LoadedCatalogue, RegionFailure } from './load-catalogue.ts';
export { decodePostings, encodePostings, mergeIndexes } from './merge-index.ts';
export { nextTask } from './next-task.ts';
export { parseCatalogue, parseManifest, parseRegionCatalogue } from './parse-catalogue.ts';
export { type EventSource, type NetworkEvent, parseEvents } from './parse-events.ts';
export { parseIndexPart, parseSearchIndex, parseWideIndex } from './parse-index.ts';
export { CatalogueFormatError } from './parse-json.ts';
export {
  missingOperatorFacts,
  OPERATOR_FACTS,
  type Operator,
  type OperatorFact,
  parseOperator,
  reportAddress,
} from './parse-operator.ts';
export { parseQuestionnaire } from './parse-questionnaire.ts';
export * from './questionnaire-types.ts';
export { isRealDate } from './real-date.ts';
export { isOlderThanThreeYears } from './three-years.ts';
export * from './types.ts';
