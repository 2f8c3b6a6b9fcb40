export { CACHE_DB, type CatalogueCache, createCatalogueCache, type Snapshot } from './cache.ts';
export { type CatalogueUpdate, loadCachedCatalogue, type Origin } from './cached-catalogue.ts';
export { type FetchJson, fetchJson } from './fetch-json.ts';
export { type LoadedCatalogue, loadCatalogue } from './load-catalogue.ts';
export { CatalogueFormatError, parseCatalogue, parseManifest } from './parse-catalogue.ts';
export { isOlderThanThreeYears } from './three-years.ts';
export * from './types.ts';
