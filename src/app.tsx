import type { i18n } from 'i18next';
import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso';
import type { AppState } from './ui/app-state.ts';
import { lazyScreen } from './ui/common/deferred.ts';
import { Layout } from './ui/common/Layout.tsx';
import { AppContext, I18nContext, LanguageContext } from './ui/context.ts';
import { HelpNowScreen } from './ui/help/HelpNowScreen.tsx';
import type { LanguageControl } from './ui/lang/language.ts';
import { NotFoundScreen } from './ui/NotFoundScreen.tsx';
import { ResultsScreen } from './ui/results/ResultsScreen.tsx';
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
                  <Route path="/" component={StartScreen} />
                  <Route path="/questions" component={QuestionnaireScreen} />
                  <Route path="/results" component={ResultsScreen} />
                  <Route path="/offer/:id" component={OfferScreen} />
                  <Route path="/list" component={ListScreen} />
                  <Route path="/help-now" component={HelpNowScreen} />
                  <Route path="/impressum" component={ImprintScreen} />
                  <Route path="/datenschutz" component={PrivacyScreen} />
                  <Route path="/quellen" component={CreditsScreen} />
                  <Route path="/barrierefreiheit" component={A11yStatementScreen} />
                  <Route path="/network" component={NetworkScreen} />
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
