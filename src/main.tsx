import './ui/styles/main.css';
import './ui/lang/lang.css';
import { quickExit, tripleShift } from './ui/common/quick-exit.ts';

/*
 * The entry: the styles, and the app (boot.tsx) in a chunk of its own. A prerendered page already holds its
 * content: it is painted first, and only then are the app's code and data fetched and run, so that neither delays
 * the first paint nor shares a slow line with it. A page without content (shell.html) loads the app at once.
 */
const boot = () => import('./boot.tsx');
const root = document.getElementById('app');
if (root?.firstElementChild) {
  leaveEarly(root);
  afterFirstPaint(boot);
} else void boot();

/**
 * "Seite schnell verlassen" and three presses of Shift work on a drawn page before the app has taken it over (on a
 * slow line that is seconds): safety does not wait for the app. Nothing is in memory yet and no entry was pushed,
 * so leaving is replacing this page. Once the app is live (`data-live`), its own button and shortcut answer.
 */
function leaveEarly(page: HTMLElement): void {
  const early = () => !page.hasAttribute('data-live');
  const leave = () =>
    quickExit({ clear: () => {}, pushed: () => 0, history, location, onPopState: () => {} });
  document.addEventListener('click', (event) => {
    if (early() && event.target instanceof Element && event.target.closest('.quick-exit')) leave();
  });
  window.addEventListener(
    'keyup',
    tripleShift(() => {
      if (early()) leave();
    }),
  );
}

/**
 * Runs `then` in a task after the page's first contentful paint. Where the browser cannot tell (no paint timing)
 * or paints nothing (a hidden tab), a timer starts it anyway.
 */
function afterFirstPaint(then: () => unknown): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void then();
  };
  setTimeout(start, 1500);
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(start, 0));
    return;
  }
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
}
