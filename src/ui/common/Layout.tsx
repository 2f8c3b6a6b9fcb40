import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { GERMAN } from '../../i18n/index.ts';
import { useAppState, useLanguage, useT } from '../context.ts';
import { helpNowHref, useFamilyRegion } from '../help/family-region.ts';
import { LanguageChooser } from '../lang/LanguageChooser.tsx';
import { LazyLanguagePart } from '../lang/LazyLanguagePart.tsx';
import { LazyVisitBar } from '../visit/LazyVisitBar.tsx';
import { VisitButton } from '../visit/VisitButton.tsx';
import { DataStatus } from './DataStatus.tsx';
import { Footer } from './Footer.tsx';
import { ListNavLink } from './ListNavLink.tsx';
import { QuickExit } from './QuickExit.tsx';
import { UpdateBanner } from './UpdateBanner.tsx';

type Props = { children: ComponentChildren; onExit: () => void };

/** The frame around every screen: skip link, a sticky quick exit, help-now and list links, main landmark, footer. */
export function Layout({ children, onExit }: Props) {
  const t = useT();
  const state = useAppState();
  const saved = state.saved.value.ids.length;
  const { url, path } = useLocation();
  const region = useFamilyRegion();
  const firstUrl = useRef(url);
  const code = useLanguage()?.current.value.code ?? GERMAN;
  // The network screen is German only: its main says so (and reads left to right) when the app speaks another language.
  const germanOnly = code !== GERMAN && path === '/network';
  // A new screen starts, as a new page would, at its top: focus moves to the main landmark, so a screen reader
  // reads the new screen and the next Tab goes into it instead of staying on the link that was just followed.
  // Focusing must not scroll on its own (that would leave the page part-way down); the screen starts at the top.
  useEffect(() => {
    if (url === firstUrl.current) return;
    firstUrl.current = '';
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [url]);
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      {/* Only the brand and the quick exit stick to the top: a short bar, even at 200 % text. */}
      <header class="header">
        <div class="header__bar">
          <a class="brand" href="/" aria-label={t('app.home')}>
            {t('app.name')}
          </a>
          <LanguageChooser place="bar" />
          <QuickExit onExit={onExit} />
        </div>
      </header>
      <nav class="header__nav" aria-label={t('nav.label')}>
        <a class="help-link" href={helpNowHref(region)}>
          {t('nav.helpNow')}
        </a>
        <ListNavLink count={saved} />
        {/* At large text the bar has no room: the chooser moves here (lang.css, one shown at a time). */}
        <LanguageChooser place="nav" />
        <VisitButton />
      </nav>
      {/* A visit's banner sits under the nav on every screen; its code loads only once a visit is started. */}
      {state.visit.value !== 'off' && <LazyVisitBar />}
      <UpdateBanner />
      <DataStatus />
      <main id="main" tabIndex={-1} {...(germanOnly ? { lang: GERMAN, dir: 'ltr' } : {})}>
        {children}
      </main>
      <Footer>{code !== GERMAN && <LazyLanguagePart part="notes" />}</Footer>
    </>
  );
}
