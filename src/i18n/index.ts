import i18next, { type i18n, type TFunction } from 'i18next';
import de from './locales/de.json';

export { LANG_KEY, matchLanguage, type Start, startLanguage, withLang } from './choose.ts';
export {
  findLanguage,
  GERMAN,
  LANGUAGES,
  type Language,
  LEGAL_SECTIONS,
  PART_SECTION_NAMES,
  PART_SECTIONS,
} from './languages.ts';
export type { Importers, LoadResult, Part } from './loader.ts';
export type { TFunction };

/** Creates an i18next instance with German bundled; other locales arrive later and load on demand. */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  instance.init({
    lng: 'de',
    fallbackLng: 'de',
    resources: { de: { translation: de } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
