import { CatalogueSummary } from '../common/CatalogueSummary.tsx';
import { EmergencyStrip } from '../common/EmergencyStrip.tsx';
import { SearchForm } from '../common/SearchForm.tsx';
import { useAppState, useLanguage, useT } from '../context.ts';
import { LazyLanguagePart } from '../lang/LazyLanguagePart.tsx';

/**
 * Start (/): the "find help" door and the emergency calls together on the first screen (the calls need no
 * catalogue), then free search and what the catalogue holds.
 */
export function StartScreen() {
  const t = useT();
  const state = useAppState().catalogue.value;
  return (
    <div class="start">
      {useLanguage()?.suggestion.value && <LazyLanguagePart part="suggestion" />}
      <h1>{t('start.title')}</h1>
      <p class="lead">{t('start.intro')}</p>
      <div class="doors">
        <a class="door door--primary" href="/questions">
          <span class="door__title">{t('start.findHelp')}</span>
          <span class="door__text">{t('start.findHelpText')}</span>
        </a>
      </div>
      <EmergencyStrip />
      <SearchForm />
      {state.status === 'ready' && (
        <CatalogueSummary manifest={state.manifest} regions={state.catalogue.regions} />
      )}
      {state.status === 'loading' && <p class="status">{t('summary.loading')}</p>}
      {state.status === 'error' && (
        <p class="status status--error" role="alert">
          {t('summary.error')}
        </p>
      )}
    </div>
  );
}
