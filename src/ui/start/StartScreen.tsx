import { CatalogueSummary } from '../common/CatalogueSummary.tsx';
import { EmergencyStrip } from '../common/EmergencyStrip.tsx';
import { SearchForm } from '../common/SearchForm.tsx';
import { useAppState, useT } from '../context.ts';

/** Start (/): what Lotse is, the free-text search, the emergency numbers and what the catalogue holds. */
export function StartScreen() {
  const t = useT();
  const state = useAppState().catalogue.value;
  return (
    <div class="start">
      <h1>{t('start.title')}</h1>
      <p class="lead">{t('start.intro')}</p>
      <SearchForm />
      {state.status === 'ready' && <EmergencyStrip offers={state.catalogue.offers} />}
      {state.status === 'ready' && <CatalogueSummary catalogue={state.catalogue} />}
      {state.status === 'loading' && <p class="status">{t('summary.loading')}</p>}
      {state.status === 'error' && (
        <p class="status status--error" role="alert">
          {t('summary.error')}
        </p>
      )}
    </div>
  );
}
