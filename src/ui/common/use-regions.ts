import { useEffect } from 'preact/hooks';
import type { CatalogueManifest } from '../../catalogue/index.ts';
import { useAppState } from '../context.ts';

/**
 * Asks for the pairs of these regions (see ui/regions.ts) and says whether the screen should still wait: true
 * while a region is being fetched, false once it is merged in or has failed (its notice shows in DataStatus).
 */
export function useRegions(ids: readonly string[]): boolean {
  const app = useAppState();
  const state = app.catalogue.value;
  const problems = app.regionProblems.value;
  const loaded = state.status === 'ready' ? state.regions : [];
  const missing = [...new Set(ids)].filter(
    (id) => !loaded.includes(id) && problems.every((p) => p.region !== id),
  );
  const key = missing.sort().join(',');
  useEffect(() => {
    if (key) void app.needRegions(key.split(','));
  }, [app, key]);
  return state.status === 'ready' && missing.length > 0;
}

/** The regions to load so that these offers are in the catalogue: one pair that holds each (wide-area needs none). */
export function regionsOfOffers(manifest: CatalogueManifest, ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const where = manifest.offers[id] ?? [];
    return where.includes('wide') ? [] : where.slice(0, 1);
  });
}
