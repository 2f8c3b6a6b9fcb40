import { useAppState, useT } from '../context.ts';
import { useLocale } from '../lang/use-locale.ts';
import { formatDate } from './format.ts';

/**
 * Says when the user sees a stored copy (offline or the newest data failed), and from when it is; and names a
 * region whose offers could not be loaded (the regions already loaded keep working, see ui/regions.ts).
 */
export function DataStatus() {
  const t = useT();
  const locale = useLocale();
  const app = useAppState();
  const state = app.catalogue.value;
  const problems = app.regionProblems.value;
  if (state.status !== 'ready') return null;
  const name = (id: string) => state.catalogue.regions.find((r) => r.id === id)?.name ?? id;
  return (
    <>
      {state.stale && (
        <p class="data-status" role="status">
          {t('offline.staleCopy', { date: formatDate(state.catalogue.assured, locale) })}
        </p>
      )}
      {problems.map((p) => (
        <p key={p.region} class="data-status" role="status">
          {t('offline.regionFailed', { region: name(p.region) })}
        </p>
      ))}
    </>
  );
}
