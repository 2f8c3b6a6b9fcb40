import { useT } from '../context.ts';

/**
 * "Meine Liste" in the nav, with the saved count as a small badge: the count in brackets pushed the nav to two
 * rows at 360 px. The brackets stay in the text at font size 0, so screen readers and voice control name the link
 * "Meine Liste (2)" from what it shows (an aria-label would differ from the visible text: WCAG 2.5.3; a visually
 * hidden span is positioned, which makes browsers add spaces to the name). A language whose count text does not
 * begin with the plain name shows the count text as it is.
 */
export function ListNavLink({ count }: { count: number }) {
  const t = useT();
  const name = t('nav.list');
  const full = t('nav.listCount', { count });
  const at = full.lastIndexOf(String(count));
  const before = full.slice(name.length, at);
  if (count === 0 || at < 0 || !full.startsWith(name) || !before.endsWith('(')) {
    return <a href="/list">{count === 0 ? name : full}</a>;
  }
  return (
    <a href="/list">
      {name}
      {before.slice(0, -1)}
      <span class="nav-count">
        <span class="nav-count__mark">(</span>
        {count}
        <span class="nav-count__mark">{full.slice(at + String(count).length)}</span>
      </span>
    </a>
  );
}
