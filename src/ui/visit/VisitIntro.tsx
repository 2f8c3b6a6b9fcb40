import type { Ref } from 'preact';
import { useAppState, useLanguage, useT } from '../context.ts';
import { startVisit } from './visit.ts';

type Props = { focusRef: Ref<HTMLElement> };

/**
 * Before a visit begins: what it is and that nothing is stored, "Besuch beginnen" or "Abbrechen". A parent who took
 * "Hausbesuch" for a request for a home visit learns what it is before anything of hers is kept in memory only.
 */
export function VisitIntro({ focusRef }: Props) {
  const t = useT();
  const state = useAppState();
  const language = useLanguage();
  return (
    <section class="visit-bar" aria-label={t('nav.visit')} tabIndex={-1} ref={focusRef}>
      <p class="visit-bar__intro">{t('visit.intro')}</p>
      <p class="visit-bar__actions">
        <button type="button" class="visit-bar__end" onClick={() => startVisit(state, language)}>
          {t('visit.begin')}
        </button>{' '}
        <button
          type="button"
          class="secondary visit-bar__cancel"
          onClick={() => {
            state.visit.value = 'off';
          }}
        >
          {t('visit.cancel')}
        </button>
      </p>
    </section>
  );
}
