import { useEffect } from 'preact/hooks';
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
