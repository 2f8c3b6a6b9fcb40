/** The service worker's runtime cache of the catalogue pairs this device loaded (vite.config.ts's CacheFirst rule). */
export const CATALOGUE_CACHE = 'lotse-catalogue-v1';

/** A content-hashed catalogue or index file of any deployment, as the runtime cache holds it. */
export const HASHED_CATALOGUE_FILE = /^\/catalogue\/(catalogue|index)\.[0-9a-f]+\.json$/;
