import { useAppState, useT } from '../context.ts';
import { useLocale } from '../lang/use-locale.ts';
import { formatDate } from './format.ts';

/** Says when the user sees a stored copy (offline or the newest data failed), and from when it is. */
export function DataStatus() {
  const t = useT();
  const locale = useLocale();
  const state = useAppState().catalogue.value;
  if (state.status !== 'ready' || !state.stale) return null;
  return (
    <p class="data-status" role="status">
      {t('offline.staleCopy', { date: formatDate(state.catalogue.assured, locale) })}
    </p>
  );
}
