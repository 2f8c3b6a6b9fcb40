/**
 * One chunk for the two screens that draw offer cards: the results body and the region page (/region/<id>). Split
 * apart, the cards would become a chunk of their own, and the bundler then moves the first bundle's i18n modules
 * into chunks of their own too: measured, +0.7 KB gzip on the first screen's JavaScript. Together, the results chunk
 * carries the region page's few lines.
 */
export { RegionScreen } from '../region/RegionScreen.tsx';
export { ResultsBody } from './ResultsBody.tsx';
export { resultsWhat } from './results-heading.ts';
export { prepareSearcher } from './use-searcher.ts';
