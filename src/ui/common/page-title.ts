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
    // A heading may carry a shorter title of its own (`data-title`): /results names the family's topics and region
    // on screen, never in the tab's title, which the browser's history keeps.
    const h1 = root.querySelector<HTMLElement>('main h1');
    const title = titleFor(h1?.dataset.title ?? h1?.textContent);
    if (doc.title !== title) doc.title = title;
  };
  const observer = new (doc.defaultView ?? window).MutationObserver(update);
  // data-title too: a language switch rewrites the attribute, not the text the title is taken from.
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: ['data-title'],
  });
  update();
  return () => observer.disconnect();
}
