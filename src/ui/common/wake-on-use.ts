import { once } from './once.ts';

/*
 * A prerendered page (scripts/prerender.ts) is whole without the app: its text, its tel: and mailto: links, its
 * links to other pages and its search form (a plain GET to /results) all work as served. The app is needed only for
 * what the page cannot do by itself: a button (save, share, map, home visit), the language menu. So on a first
 * visit it wakes on the first sign that someone uses the page, and a press made before it is live is not lost.
 */

/** A finger on the screen, a mouse over the page, a key, focus, a scroll wheel: someone is using the page. */
export const SIGNS_OF_USE = [
  'pointerdown',
  'pointermove',
  'touchstart',
  'keydown',
  'focusin',
  'wheel',
] as const;

/** Controls that do nothing without the app; links, submit buttons and the quick exit act on their own. */
const NEEDS_APP = 'button:not([type="submit"]):not(.quick-exit), summary, [role="button"]';

/**
 * Calls `wake` once, on the first sign of use. Until `root` has `data-live` (the app's buttons work), a press of a
 * button is held and pressed again once it is live, and a field the user changed tells the app its value then
 * (`input`/`change` again), so that nothing typed or chosen in the meantime is lost. While a press is held the
 * page says it is busy (`aria-busy`), and the pressed button shows it (`data-held`, main.css). Returns the wake
 * itself, for a page that must not wait for use after all; it too wakes the app only once.
 */
export function wakeOnFirstUse(root: HTMLElement, wake: () => unknown, doc: Document = document): () => void {
  const win = doc.defaultView ?? window;
  const start = once(() => {
    for (const type of SIGNS_OF_USE) win.removeEventListener(type, start, true);
    return wake();
  });
  for (const type of SIGNS_OF_USE) win.addEventListener(type, start, { capture: true, passive: true });

  const live = () => root.hasAttribute('data-live');
  // One replay per element and event type, in the order the user acted.
  let held: { target: Element; type: string; replay: () => void }[] = [];
  const hold = (target: Element, type: string, replay: () => void) => {
    held = [...held.filter((h) => h.target !== target || h.type !== type), { target, type, replay }];
    start();
  };
  doc.addEventListener(
    'click',
    (event) => {
      const target =
        event.target instanceof win.Element ? event.target.closest<HTMLElement>(NEEDS_APP) : null;
      if (live() || !target || !root.contains(target)) return;
      event.preventDefault();
      event.stopPropagation();
      root.setAttribute('aria-busy', 'true');
      target.setAttribute('data-held', '');
      hold(target, 'click', () => target.click());
    },
    true,
  );
  for (const type of ['input', 'change'] as const) {
    doc.addEventListener(
      type,
      (event) => {
        const field = event.target;
        if (live() || !(field instanceof win.Element) || !root.contains(field)) return;
        hold(field, type, () => field.dispatchEvent(new win.Event(type, { bubbles: true })));
      },
      true,
    );
  }
  new win.MutationObserver((_, observer) => {
    if (!live()) return;
    observer.disconnect();
    root.removeAttribute('aria-busy');
    for (const button of root.querySelectorAll('[data-held]')) button.removeAttribute('data-held');
    const replays = held;
    held = [];
    for (const { target, replay } of replays) if (target.isConnected) replay();
  }).observe(root, { attributes: true, attributeFilter: ['data-live'] });
  return start;
}
