import { useT } from '../context.ts';

/**
 * "Meine Liste" in the nav, with the saved count as a small badge and named in full for screen readers ("Meine
 * Liste (2)"): the count in brackets pushed the nav to two rows at 360 px.
 */
export function ListNavLink({ count }: { count: number }) {
  const t = useT();
  return (
    <a href="/list" aria-label={count > 0 ? t('nav.listCount', { count }) : undefined}>
      {t('nav.list')}
      {count > 0 && (
        <span class="nav-count" aria-hidden="true">
          {count}
        </span>
      )}
    </a>
  );
}
