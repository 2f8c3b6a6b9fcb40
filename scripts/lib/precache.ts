/**
 * What the service worker precaches, read by vite.config.ts (vite-plugin-pwa's workbox options) and by
 * bench:national (scripts/lib/national-measure.ts), which counts what the service worker downloads per family.
 *
 * Precached: the app (start page and shell, every JS and CSS chunk, icons, the web app manifest), the offline map
 * layer (`geo/`: the deployment's boundaries and places, about 22 KB gzip, the same for every family), the
 * manifest this build shipped with (`catalogue/build.json`, the fallback when the network's is bad) and the
 * wide-area pair (nationwide hotlines, the shared lexicon and the danger word groups: every family needs it, and
 * with it a page that was only read opens offline with help-now's numbers even before the app ever ran).
 * NOT precached: the regions' pairs. The family's regions are cached as the page loads them (the
 * `lotse-catalogue-v1` runtime cache and the last good copy in IndexedDB, src/catalogue/cache.ts), so a phone
 * keeps its own regions, not all of Germany.
 */
import fs from 'node:fs';
import path from 'node:path';

export const PRECACHE_GLOBS = [
  '{index,shell}.html',
  '**/*.{js,css,svg,png,webmanifest}',
  'catalogue/build.json',
  'geo/*.json',
];
export const PRECACHE_IGNORES = ['open-data/**', 'screenshots/**'];

/**
 * The wide-area pair named by `catalogueDir/build.json` as precache entries. Without a revision: the file names are
 * content hashes, and Workbox then fetches them with the browser's HTTP cache allowed, so the copy the page just
 * downloaded (immutable on the production host, scripts/nginx/lotse.conf) is not downloaded again. None when the
 * catalogue is not built (vitest reads this config too).
 */
export function widePairEntries(catalogueDir: string): { url: string; revision: null }[] {
  const file = path.join(catalogueDir, 'build.json');
  if (!fs.existsSync(file)) return [];
  // build.json is written by scripts/build-catalogue.ts and checked by the app's parseManifest when read.
  const { wide } = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    wide: { catalogue: string; index: string };
  };
  return [wide.catalogue, wide.index].map((name) => ({ url: `catalogue/${name}`, revision: null }));
}

/** The workbox options that choose what is precached, for the catalogue built into `catalogueDir`. */
export function precacheOptions(catalogueDir: string) {
  return {
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    additionalManifestEntries: widePairEntries(catalogueDir),
  };
}
