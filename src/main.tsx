import './ui/styles/main.css';
import './ui/lang/lang.css';

/*
 * The entry: the styles, and the app (boot.tsx) in a chunk of its own. A prerendered page already holds its
 * content: it is painted first, and only then are the app's code and data fetched and run, so that neither delays
 * the first paint nor shares a slow line with it. A page without content (shell.html) loads the app at once.
 */
const boot = () => import('./boot.tsx');
if (document.getElementById('app')?.firstElementChild) afterFirstPaint(boot);
else void boot();

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
