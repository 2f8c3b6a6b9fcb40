import { loadOnce } from '../common/deferred.ts';
import { useAppState, useLanguage, useT } from '../context.ts';
import { loadVisit } from './load-visit.ts';

/** "Hausbesuch" in the header's nav: asks to begin a visit (its code loads on the tap); hidden while asking or on. */
export function VisitButton() {
  const t = useT();
  const state = useAppState();
  const language = useLanguage();
  if (state.visit.value === 'on' || state.visit.value === 'asking') return null;
  const start = () => loadOnce(loadVisit).then((m) => m.askVisit(state, language));
  return (
    <button type="button" class="visit-start" onClick={start}>
      {t('nav.visit')}
    </button>
  );
}
