import type { i18n } from 'i18next';
import type { ComponentType } from 'preact';
import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso';
import type { AppState } from './ui/app-state.ts';
import { lazyScreen } from './ui/common/deferred.ts';
import { Layout } from './ui/common/Layout.tsx';
import { AppContext, I18nContext, LanguageContext } from './ui/context.ts';
import { HelpNowScreen } from './ui/help/HelpNowScreen.tsx';
import type { LanguageControl } from './ui/lang/language.ts';
import { NotFoundScreen } from './ui/NotFoundScreen.tsx';
import { prepareResults, ResultsScreen } from './ui/results/ResultsScreen.tsx';
import { StartScreen } from './ui/start/StartScreen.tsx';

// Screens past the first load on demand through the app's one door to deferred code (ui/common/deferred.ts). The
// results screen is the exception: a shared or bookmarked results link paints its heading and search form from
// the first bundle and loads its matching part itself.
const QuestionnaireScreen = lazyScreen(
  () => import('./ui/questionnaire/QuestionnaireScreen.tsx'),
  (m) => m.QuestionnaireScreen,
);
const OfferScreen = lazyScreen(
  () => import('./ui/offer/OfferScreen.tsx'),
  (m) => m.OfferScreen,
);
const ListScreen = lazyScreen(
  () => import('./ui/list/ListScreen.tsx'),
  (m) => m.ListScreen,
);
const ImprintScreen = lazyScreen(
  () => import('./ui/legal/ImprintScreen.tsx'),
  (m) => m.ImprintScreen,
);
const PrivacyScreen = lazyScreen(
  () => import('./ui/legal/PrivacyScreen.tsx'),
  (m) => m.PrivacyScreen,
);
const CreditsScreen = lazyScreen(
  () => import('./ui/legal/CreditsScreen.tsx'),
  (m) => m.CreditsScreen,
);
const NetworkScreen = lazyScreen(
  () => import('./ui/network/NetworkScreen.tsx'),
  (m) => m.NetworkScreen,
);

const A11yStatementScreen = lazyScreen(
  () => import('./ui/legal/A11yStatementScreen.tsx'),
  (m) => m.A11yStatementScreen,
);
// In the results chunk: the region page draws the same offer cards (src/ui/results/cards-chunk.ts says why).
const RegionScreen = lazyScreen(
  () => import('./ui/results/cards-chunk.ts'),
  (m) => m.RegionScreen,
);

/** Every route with its screen, in the order the router tries them (the unknown path last). */
const ROUTES: [string, ComponentType][] = [
  ['/', StartScreen],
  ['/questions', QuestionnaireScreen],
  ['/results', ResultsScreen],
  ['/offer/:id', OfferScreen],
  ['/region/:id', RegionScreen],
  ['/list', ListScreen],
  ['/help-now', HelpNowScreen],
  ['/impressum', ImprintScreen],
  ['/datenschutz', PrivacyScreen],
  ['/quellen', CreditsScreen],
  ['/barrierefreiheit', A11yStatementScreen],
  ['/network', NetworkScreen],
];

/** Whether a route's path (with `:param` segments) matches a URL path. */
const matches = (route: string, path: string): boolean => {
  const want = route.split('/');
  const have = path.split('/');
  return want.length === have.length && want.every((w, i) => w.startsWith(':') || w === have[i]);
};

/** Loads the chunk of the screen at `path`, if it has one: a prerendered page is taken over with it in place. */
export function preloadScreen(path: string): Promise<unknown> {
  const screen = ROUTES.find(([route]) => matches(route, path))?.[1];
  return screen && 'preload' in screen && typeof screen.preload === 'function'
    ? screen.preload()
    : Promise.resolve();
}

/**
 * Readies the data a screen draws in its first render, once the catalogue is loaded: the results' searcher. The
 * prerender and the take-over both call it, so that they draw the same page.
 */
export function prepareScreen(path: string, state: AppState): Promise<unknown> {
  return path === '/results' ? prepareResults(state) : Promise.resolve();
}

type Props = { state: AppState; i18n: i18n; language: LanguageControl; onExit: () => void };

/** Providers and routes; no logic lives here. */
export function App({ state, i18n, language, onExit }: Props) {
  return (
    <AppContext.Provider value={state}>
      <I18nContext.Provider value={i18n}>
        <LanguageContext.Provider value={language}>
          <LocationProvider>
            <ErrorBoundary>
              <Layout onExit={onExit}>
                <Router>
                  {ROUTES.map(([path, screen]) => (
                    <Route key={path} path={path} component={screen} />
                  ))}
                  <Route default component={NotFoundScreen} />
                </Router>
              </Layout>
            </ErrorBoundary>
          </LocationProvider>
        </LanguageContext.Provider>
      </I18nContext.Provider>
    </AppContext.Provider>
  );
}
