import type { ComponentChildren } from 'preact';
import { useT } from '../context.ts';
import { Footer } from './Footer.tsx';

type Props = { children: ComponentChildren };

/** The frame around every screen: skip link, header, main landmark, footer. */
export function Layout({ children }: Props) {
  const t = useT();
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="header">
        <a class="brand" href="/" aria-label={t('app.home')}>
          {t('app.name')}
        </a>
        <span class="header__tagline">{t('app.tagline')}</span>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </>
  );
}
