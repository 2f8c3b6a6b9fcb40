import type { ComponentChildren } from 'preact';
import { useT } from '../context.ts';

/**
 * Legal pages, data credits and the open-data export, on every screen. `children` (notes about the page as a whole,
 * such as the language's review status) go first: inside the footer they sit in a landmark a screen reader lists.
 */
export function Footer({ children }: { children?: ComponentChildren }) {
  const t = useT();
  return (
    <footer class="footer">
      {children}
      <nav aria-label={t('footer.nav')}>
        <ul>
          <li>
            <a href="/impressum">{t('footer.imprint')}</a>
          </li>
          <li>
            <a href="/datenschutz">{t('footer.privacy')}</a>
          </li>
          <li>
            <a href="/barrierefreiheit">{t('footer.a11y')}</a>
          </li>
          <li>
            <a href="/quellen">{t('footer.credits')}</a>
          </li>
          <li>
            <a href="/network" hrefLang="de">
              {t('footer.network')}
            </a>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
