import './ui/styles/main.css';
import './ui/lang/lang.css';
import { browserStorage, startLanguage, storedLanguage } from './i18n/choose.ts';
import { findLanguage } from './i18n/languages.ts';
import { once } from './ui/common/once.ts';
import { quickExit, tripleShift } from './ui/common/quick-exit.ts';
import { wakeOnFirstUse } from './ui/common/wake-on-use.ts';

/*
 * The entry: the styles, and the app (boot.tsx) in a chunk of its own. A page without content (shell.html: the
 * service worker's answer, and routes without a page of their own) loads the app at once. A prerendered page already holds its content, and
 * its links and search form work as served: the app's code and data are fetched and run only when someone uses
 * the page (ui/common/wake-on-use.ts), so that a parent who opens a shared link and reads it waits for nothing.
 * The start page's offer of a browser language comes with that first use too (a bar at the bottom, nothing moves).
 * A link with `?lang=` gets its page drawn in that language (scripts/lib/prerender/served-file.ts), so it waits
 * for use as a German one does. The shell (the service worker's answer to every navigation once installed) takes
 * `<html lang dir>` of the language to show here, before DOMContentLoaded, and the app draws it only once that
 * language's texts are there (boot.tsx): nothing German is painted first. A served page in another language than
 * the one kept on this device (a hard reload, which skips the service worker, or a browser without one) cannot
 * stay: the app comes right after the first paint.
 */
const boot = () => import('./boot.tsx');
const root = document.getElementById('app');
const html = document.documentElement;
const wanted = () => startLanguage(location.search, storedLanguage(browserStorage()), []).code;
if (!root?.firstElementChild) {
  const code = wanted();
  html.lang = code;
  html.dir = findLanguage(code)?.dir ?? 'ltr';
  void boot();
} else {
  leaveEarly(root);
  const wake = wakeOnFirstUse(root, boot);
  keepForOffline();
  // The kept choice is read after the paint: the page's first touch of localStorage costs 3-12 ms (measured).
  afterFirstPaint(() => wanted() !== html.lang && wake());
}

/**
 * A page that is only read still installs the service worker once it has loaded, so that Lotse opens offline next
 * time (a midwife opens a link in the office and shows it at a home visit). The app registers it again when it
 * wakes, to offer updates.
 */
function keepForOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () =>
    void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  // In a task of its own: registering took 2-4 ms of the task that also runs this entry and the load event.
  window.addEventListener('load', () => setTimeout(register, 0), { once: true });
}

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
  const start = once(then);
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
