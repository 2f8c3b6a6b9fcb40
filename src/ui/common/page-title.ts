/*
 * The document's title names the screen, as each prerendered page's does (scripts/prerender.ts): a screen reader
 * announces it, and the browser's history and tabs show it. After an in-app navigation the served title would
 * still name the first page, so the app keeps it following the screen's heading.
 */

/** Lotse's title where a screen has no heading. */
export const SITE_TITLE = 'Lotse – Frühe Hilfen finden';

/** A screen's title: its heading and the app's name, or the site's title without a heading. */
export function titleFor(heading: string | null | undefined): string {
  const text = heading?.replace(/\s+/g, ' ').trim();
  return text ? `${text} – Lotse` : SITE_TITLE;
}

/** Keeps `doc.title` on the first h1 under `root` (the screen's), through navigations, loading and languages. */
export function followHeading(root: HTMLElement, doc: Document = document): () => void {
  const update = () => {
    const title = titleFor(root.querySelector('main h1')?.textContent);
    if (doc.title !== title) doc.title = title;
  };
  const observer = new (doc.defaultView ?? window).MutationObserver(update);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  update();
  return () => observer.disconnect();
}
