import { useLocation } from 'preact-iso';
import { useAppState, useT } from '../context.ts';

/** "Neue Version verfügbar – aktualisieren": unobtrusive, applied on tap only, hidden during the questionnaire. */
export function UpdateBanner() {
  const t = useT();
  const apply = useAppState().update.value;
  const { path } = useLocation();
  if (!apply || path === '/questions') return null;
  return (
    <div class="update no-print" role="status">
      <span>{t('offline.updateReady')}</span>{' '}
      <button type="button" class="secondary" onClick={apply}>
        {t('offline.updateApply')}
      </button>
    </div>
  );
}
