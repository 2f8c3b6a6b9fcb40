import { useT } from '../context.ts';

/** Legal pages, data credits and the open-data export, on every screen. */
export function Footer() {
  const t = useT();
  return (
    <footer class="footer">
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
        </ul>
      </nav>
    </footer>
  );
}
