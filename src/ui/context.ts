import type { i18n, TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppState } from './app-state.ts';
import type { LanguageControl } from './lang/language.ts';

export const AppContext = createContext<AppState | null>(null);
export const I18nContext = createContext<i18n | null>(null);
/** The language switch; optional, so that a component test without it renders German. */
export const LanguageContext = createContext<LanguageControl | null>(null);

/** The app state from the nearest provider; a missing provider is a programming error. */
export function useAppState(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useAppState needs an AppContext provider');
  return state;
}

/** The translation function of the nearest i18n provider. */
export function useT(): TFunction {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT needs an I18nContext provider');
  // Reading the signal subscribes the component: a language switch re-renders everything that translates.
  void useContext(LanguageContext)?.current.value;
  return i18n.t;
}

/** The language switch, when the app provides one. */
export function useLanguage(): LanguageControl | null {
  return useContext(LanguageContext);
}

/** The active i18next instance (language, formatting). */
export function useI18n(): i18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nContext provider');
  return i18n;
}
