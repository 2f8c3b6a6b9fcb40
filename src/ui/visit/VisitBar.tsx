import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useAppState, useLanguage, useT } from '../context.ts';
import { usePartTexts } from '../lang/use-part-texts.ts';
import { OfflineLine } from './OfflineLine.tsx';
import { VisitIntro } from './VisitIntro.tsx';
import { endVisit } from './visit.ts';

/** After the end the button is gone too: focus goes to the start screen, whose status line says the visit ended. */
const focusMain = () => document.getElementById('main')?.focus({ preventScroll: true });

type Props = {
  /** The date format's locale, from the first bundle (importing use-locale here splits i18next off that bundle). */
  locale: string;
};

/**
 * The banner on every screen while a visit is on: nothing is stored, and "Besuch beenden". Once ended, the same
 * status region says so on the start screen, until the next screen.
 */
export function VisitBar({ locale }: Props) {
  const t = useT();
  const state = useAppState();
  const language = useLanguage();
  const { route, path } = useLocation();
  usePartTexts('visit');
  const phase = state.visit.value;
  const bar = useRef<HTMLElement>(null);
  // The button that was just pressed is gone: focus moves to the question or the banner that replaced it.
  useEffect(() => {
    if (phase === 'on' || phase === 'asking') bar.current?.focus();
  }, [phase]);
  useEffect(() => {
    if (phase === 'ended' && path !== '/') state.visit.value = 'off';
  }, [phase, path, state]);
  return (
    <>
      {phase === 'asking' && <VisitIntro focusRef={bar} />}
      {phase === 'on' && (
        <section class="visit-bar" aria-label={t('nav.visit')} tabIndex={-1} ref={bar}>
          {/* Kept low (a line, then the button beside the offline line): the start screen's calls stay in view. */}
          <p class="visit-bar__title">{t('visit.banner')}</p>
          <OfflineLine locale={locale} />
          <button
            type="button"
            class="visit-bar__end"
            onClick={() => endVisit(state, language, route).then(focusMain)}
          >
            {t('visit.end')}
          </button>
        </section>
      )}
      <p class={phase === 'ended' ? 'visit-ended' : 'visually-hidden'} role="status">
        {phase === 'ended' ? t('visit.ended') : ''}
      </p>
    </>
  );
}
