export type { FetchJson, LoadedCatalogue } from './load-catalogue.ts';
export { fetchJson, loadCatalogue } from './load-catalogue.ts';
export { CatalogueFormatError, parseCatalogue, parseManifest } from './parse-catalogue.ts';
export * from './types.ts';
