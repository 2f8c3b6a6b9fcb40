export { bundledEvents, bundledOperator, bundledQuestionnaire } from './bundled.ts';
export { CACHE_DB, type CatalogueCache, createCatalogueCache, type Snapshot } from './cache.ts';
export { type CatalogueUpdate, loadCachedCatalogue, type Origin, saveSnapshot } from './cached-catalogue.ts';
export { BOM, type Cell, CRLF, csvFile } from './csv.ts';
export { type FetchJson, fetchJson } from './fetch-json.ts';
export {
  createCatalogueLoader,
  type LoadedCatalogue,
  loadCatalogue,
  mergeCatalogues,
  type RegionFailure,
} from './load-catalogue.ts';
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
export { isRealDate } from './real-date.ts';
export { isOlderThanThreeYears } from './three-years.ts';
export * from './types.ts';
