import type { i18n } from 'i18next';
import { LocationProvider, Route, Router } from 'preact-iso';
import type { AppState } from './ui/app-state.ts';
import { Layout } from './ui/common/Layout.tsx';
import { AppContext, I18nContext } from './ui/context.ts';
import { CreditsScreen } from './ui/legal/CreditsScreen.tsx';
import { ImprintScreen } from './ui/legal/ImprintScreen.tsx';
import { PrivacyScreen } from './ui/legal/PrivacyScreen.tsx';
import { NotFoundScreen } from './ui/NotFoundScreen.tsx';
import { StartScreen } from './ui/start/StartScreen.tsx';

type Props = { state: AppState; i18n: i18n };

/** Providers and routes; no logic lives here. */
export function App({ state, i18n }: Props) {
  return (
    <AppContext.Provider value={state}>
      <I18nContext.Provider value={i18n}>
        <LocationProvider>
          <Layout>
            <Router>
              <Route path="/" component={StartScreen} />
              <Route path="/impressum" component={ImprintScreen} />
              <Route path="/datenschutz" component={PrivacyScreen} />
              <Route path="/quellen" component={CreditsScreen} />
              <Route default component={NotFoundScreen} />
            </Router>
          </Layout>
        </LocationProvider>
      </I18nContext.Provider>
    </AppContext.Provider>
  );
}
