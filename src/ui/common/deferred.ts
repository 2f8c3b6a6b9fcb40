/**
 * One door to deferred code: every code-split chunk of the app (screens past the first, the results body, the QR
 * encoder, the map's Leaflet chunk) is loaded through `loadOnce`, directly or through `useModule` (a part of a
 * screen that is already drawn) or `lazyScreen` (a route). The `import()` itself stays at its site, because the
 * bundler needs a literal path there; this module decides how often it runs and what a failure does.
 */
import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';

type Importer = () => Promise<unknown>;

/** One load per importer and page: the pending promise, and the module once it has arrived. */
const loads = new Map<Importer, { pending: Promise<unknown>; module?: unknown }>();

/**
 * Runs `importer` once per page and shares its promise; a failed load (offline without the precache) is forgotten,
 * so the next call tries again.
 */
export function loadOnce<T>(importer: () => Promise<T>): Promise<T> {
  const known = loads.get(importer);
  // Keyed by the importer itself: its pending promise is this importer's, so it resolves to a T.
  if (known) return known.pending as Promise<T>;
  const entry: { pending: Promise<unknown>; module?: unknown } = { pending: importer() };
  entry.pending.then(
    (module) => {
      entry.module = module;
    },
    () => loads.delete(importer),
  );
  loads.set(importer, entry);
  // As above: importer() returned a Promise<T>, stored untyped beside the other importers'.
  return entry.pending as Promise<T>;
}

/** The module `importer` loaded earlier on this page, if it has arrived: drawn at once without a loading state. */
export function loadedModule<T>(importer: () => Promise<T>): { module: T } | null {
  const entry = loads.get(importer);
  // The cache is keyed by the loader itself, so an entry's module is what this `load` resolved to: a T.
  return entry && 'module' in entry ? { module: entry.module as T } : null;
}

/** A route's screen from its own chunk (the service worker precaches them all); `preload` fetches it early. */
export function lazyScreen<M, P>(
  importer: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> & { preload: () => Promise<unknown> } {
  return lazy<ComponentType<P>>(() => loadOnce(importer).then(pick));
}
