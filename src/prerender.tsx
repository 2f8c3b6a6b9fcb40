/**
 * The build's server-side entry (scripts/prerender.ts loads it through Vite's SSR loader; the browser never does):
 * draws one URL of the app as HTML, with the catalogue already loaded, in German or in another language (the page
 * served for `?lang=<code>`). It renders the same tree as src/boot.tsx, so that the app takes the served page over
 * without redrawing it.
 */
import { locationStub, default as prerender } from 'preact-iso/prerender';
import { App, prepareScreen } from './app.tsx';
import { createI18n, GERMAN } from './i18n/index.ts';
import { createAppState } from './ui/app-state.ts';
import { partForPath } from './ui/common/route-parts.ts';
import { createLanguage } from './ui/lang/language.ts';
import type { LoadRegions } from './ui/regions.ts';

/** Nothing is saved on a build machine: the saved list is empty, and saving is never called. */
const EMPTY_STORE = {
  list: () => Promise.resolve([]),
  add: () => Promise.resolve(),
  remove: () => Promise.resolve(),
  clear: () => Promise.resolve(),
};

/**
 * The HTML of `#app` for one URL (path and query), drawn from the built catalogue loaded as the browser loads it:
 * wide-area plus `regions` (the page's own), so that src/boot.tsx, asking for the same regions, draws the same;
 * in the language `code`, as src/boot.tsx starts it from the URL's `lang=`.
 */
export async function renderPage(
  url: string,
  load: LoadRegions,
  regions: readonly string[],
  today: string,
  code: string = GERMAN,
): Promise<string> {
  locationStub(url);
  const i18n = createI18n();
  const state = createAppState({ loadCatalogue: load, savedStore: EMPTY_STORE, today: () => today });
  const language = createLanguage({ i18n, storage: null, root: null });
  if (code !== GERMAN) await language.apply(code);
  void state.needRegions(regions);
  await state.start();
  const { pathname } = new URL(url, 'http://localhost');
  await prepareScreen(pathname, state);
  const part = partForPath(pathname);
  if (part) await language.loadPart(part);
  const { html } = await prerender(<App state={state} i18n={i18n} language={language} onExit={() => {}} />);
  // preact-iso marks its output for its own hydrate(); src/boot.tsx takes the page over with render() instead.
  return html.replace('<script type="isodata"></script>', '');
}
