import { findLanguage, GERMAN } from './languages.ts';

/** Where the user's own choice of language is kept (only once they made one); "Alles löschen" removes it. */
export const LANG_KEY = 'lotse.lang';

/** localStorage, or null where the browser refuses it (the language choice then lasts this page only). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The code kept under LANG_KEY, or null (none kept, no storage, or storage refused). */
export function storedLanguage(storage: Storage | null): string | null {
  try {
    return storage?.getItem(LANG_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The registry code a browser language stands for: exact (`de-x-ls`), else by its primary subtag (`en-GB`). */
export function matchLanguage(tag: string): string | undefined {
  const lower = tag.toLowerCase();
  return findLanguage(lower)?.code ?? findLanguage(lower.split('-')[0])?.code;
}

export interface Start {
  /** The language to show now. */
  code: string;
  /** A language of the browser to offer in one line; never switched to silently. */
  suggest?: string;
}

/**
 * The language at start: `?lang=` wins, then the stored choice, then German; an unknown code is ignored. When the
 * user never chose, the first of the browser's languages Lotse speaks is offered, unless German comes first.
 */
export function startLanguage(search: string, stored: string | null, preferred: readonly string[]): Start {
  const fromUrl = findLanguage(new URLSearchParams(search).get('lang'));
  if (fromUrl) return { code: fromUrl.code };
  const fromStore = findLanguage(stored);
  if (fromStore) return { code: fromStore.code };
  const first = preferred.map(matchLanguage).find((code) => code !== undefined);
  return first && first !== GERMAN ? { code: GERMAN, suggest: first } : { code: GERMAN };
}

/**
 * A path with `lang` set to the code, or without it for German (the default needs no parameter); the rest of the
 * query stays as written (list ids keep their plain commas, which the QR code and the reader prefer).
 */
export function withLang(path: string, code: string): string {
  const [base = '', query = ''] = path.split('?', 2);
  const params = query.split('&').filter((p) => p !== '' && !p.startsWith('lang='));
  if (code !== GERMAN) params.push(`lang=${encodeURIComponent(code)}`);
  return params.length > 0 ? `${base}?${params.join('&')}` : base;
}
