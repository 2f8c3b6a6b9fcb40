import { Workbox } from 'workbox-window';

/**
 * Registers the service worker. A new version waits; `onUpdate` receives the function that activates it and
 * reloads, to be called only when the user taps "aktualisieren" (never in the middle of the questionnaire).
 */
export function registerServiceWorker(onUpdate: (apply: () => void) => void, url = '/sw.js'): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox(url, { scope: '/' });
  wb.addEventListener('waiting', () => {
    onUpdate(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register();
}
