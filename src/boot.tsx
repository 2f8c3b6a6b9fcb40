import { render } from 'preact';
import { App, preloadScreen, prepareScreen } from './app.tsx';
import { createCatalogueCache, fetchJson, lazyCatalogueLoader, nextTask } from './catalogue/index.ts';
import { browserStorage } from './i18n/choose.ts';
import { createI18n } from './i18n/index.ts';
import { registerServiceWorker } from './offline/register-sw.ts';
import { createAppState } from './ui/app-state.ts';
import { trackHistoryPosition } from './ui/common/history-position.ts';
import { once } from './ui/common/once.ts';
import { followHeading } from './ui/common/page-title.ts';
import { keepAddressPrivate } from './ui/common/private-address.ts';
import { quickExit } from './ui/common/quick-exit.ts';
import { partForPath } from './ui/common/route-parts.ts';
import { createLanguage } from './ui/lang/language.ts';
import { createSavedStore } from './ui/list/saved-store.ts';

// The app's composition root, loaded by main.tsx: create the state, render, start loading, register the service
// worker.
const i18n = createI18n();
// Set below, once the state it asks about exists: what the quick exit, a visit's end and „Alles löschen“ forget.
let forgetSearches = () => {};
const state = createAppState({
  loadCatalogue: lazyCatalogueLoader(fetchJson),
  loadBuiltCatalogue: lazyCatalogueLoader(fetchJson, '/catalogue/', 'build.json'),
  savedStore: createSavedStore(),
  catalogueCache: createCatalogueCache(),
  forget: () => forgetSearches(),
});
// Before anything reads or writes the address: the search, answers and chosen topics stay out of it.
forgetSearches = keepAddressPrivate({
  history: window.history,
  location: window.location,
  storage: tabStorage(),
  durable: () => state.visit.value !== 'on',
  onPopState: (handler) => window.addEventListener('popstate', handler),
});
// During a home visit a language switch is not kept on the device (src/ui/visit).
const language = createLanguage({
  i18n,
  storage: browserStorage(),
  root: document.documentElement,
  remember: () => state.visit.value !== 'on',
});
const languageReady = language.start(window.location.search, navigator.languages ?? []);
const position = trackHistoryPosition(window.history);

/** This tab's sessionStorage, or null where the browser refuses it. */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
const onExit = () =>
  quickExit({
    clear: state.clearMemory,
    pushed: position,
    history: window.history,
    location: window.location,
    onPopState: (handler) => window.addEventListener('popstate', handler, { once: true }),
  });
const root = document.getElementById('app');
const app = <App state={state} i18n={i18n} language={language} onExit={onExit} />;
const live = root?.firstElementChild ? takeOver(root) : root ? drawShell(root) : Promise.resolve();
// Registering costs the main thread a long moment (the browser reads sw.js): after the page is live, in a task
// of its own.
void live.then(nextTask).then(() =>
  registerServiceWorker((apply) => {
    state.update.value = apply;
  }),
);

/**
 * A page without content (shell.html): draw the screen's frame as soon as the language's texts are there (at once
 * in German; another language is never drawn in German first), then read the catalogue in later tasks, after the
 * first frame (rAF then a task); hidden tabs get no frames, hence the timer as a fallback.
 */
async function drawShell(into: HTMLElement): Promise<void> {
  await languageReady;
  mount(into);
  return new Promise((resolve) => {
    const start = once(() => {
      resolve();
      void state.start();
    });
    requestAnimationFrame(() => setTimeout(start, 0));
    setTimeout(start, 250);
  });
}
/**
 * The served page already holds this URL's screen (scripts/prerender.ts): render the same tree over it only once
 * everything it was drawn from is here (catalogue, the screen's chunk, its texts), so that Preact reuses the DOM
 * instead of blanking it for a loading state. Until then the page's plain links (tel:, mailto:, nav) work. Each
 * step runs in its own task (see nextTask), the drawing last.
 */
async function takeOver(into: HTMLElement): Promise<void> {
  const path = window.location.pathname;
  const part = partForPath(path);
  // The regions the page was drawn with (an offer's, a region page's): loaded with wide-area in the start's one load.
  const regions = into.dataset.regions?.split(',').filter(Boolean) ?? [];
  await nextTask();
  if (regions.length > 0) void state.needRegions(regions);
  const loaded = state.start();
  await nextTask();
  const screen = preloadScreen(path);
  await nextTask();
  await Promise.all([loaded, screen, languageReady.then(() => part && language.loadPart(part))]);
  await nextTask();
  await prepareScreen(path, state);
  await nextTask();
  mount(into);
}
/** Draws the app; `data-live` says its buttons work now (a prerendered page's did nothing before). */
function mount(into: HTMLElement): void {
  render(app, into);
  followHeading(into);
  into.dataset.live = '';
}
