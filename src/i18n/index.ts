import i18next, { type i18n, type TFunction, type TOptions } from 'i18next';
import de from './locales/de.json';

export { LANG_KEY, matchLanguage, type Start, startLanguage, storedLanguage, withLang } from './choose.ts';
export {
  findLanguage,
  GERMAN,
  LANGUAGES,
  LAZY_PARTS,
  LAZY_SECTIONS,
  type Language,
  type LazyPart,
  LEGAL_SECTIONS,
  PART_SECTIONS,
} from './languages.ts';
export type { Importers, LoadResult, Part } from './loader.ts';
export type { TFunction };

/** Creates an i18next instance with German bundled; other locales arrive later and load on demand. */
export function createI18n(): i18n {
  const instance = createPlainI18n();
  memoize(instance);
  return instance;
}

/** The i18next instance createI18n starts from, with i18next's own `t` (tests compare the two). */
export function createPlainI18n(): i18n {
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

/** More distinct translations than a screen asks for: past it the memo starts over rather than grow. */
const MEMO_LIMIT = 4000;

/**
 * A faster `t` for what the screens mostly ask: i18next resolves every call anew (key path, plural rule,
 * interpolation), tens of microseconds each, and drawing one screen asks for a few hundred, so a page's take-over
 * was a long task on a phone. A plain key whose text in the current language needs no interpolation, plural or
 * nesting is read from the store directly; every other call goes to i18next, and calls with a string key and plain
 * values are remembered per language. The memo is dropped whenever texts are added (a language part arriving).
 */
function memoize(instance: i18n): void {
  const translate = instance.t;
  const memo = new Map<string, string>();
  const forget = () => memo.clear();
  instance.store.on('added', forget);
  instance.store.on('removed', forget);
  const plain = (options: object) =>
    Object.values(options).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
  const direct = (key: string): string | undefined => {
    const text = instance.getResource(instance.language, 'translation', key);
    return typeof text === 'string' && !text.includes('{{') && !text.includes('$t(') ? text : undefined;
  };
  const fast = (key: string | string[], options?: TOptions): string => {
    if (typeof key === 'string' && options === undefined) {
      const text = direct(key);
      if (text !== undefined) return text;
    }
    const simple =
      typeof key === 'string' &&
      (options === undefined || (typeof options === 'object' && options !== null && plain(options)));
    if (!simple) return translate(key, options);
    const id = `${instance.language}\u0000${key}\u0000${options === undefined ? '' : JSON.stringify(options)}`;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const text = translate(key, options);
    if (typeof text !== 'string') return text;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(id, text);
    return text;
  };
  // i18next types `t` as a generic overload set keyed by the resources; `fast` answers the same calls with strings.
  instance.t = fast as TFunction;
}
