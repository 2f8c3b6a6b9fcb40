import { type Signal, signal } from '@preact/signals';
import type { i18n } from 'i18next';
import {
  findLanguage,
  GERMAN,
  LANG_KEY,
  type LazyPart,
  type LoadResult,
  type Part,
  startLanguage,
  storedLanguage,
} from '../../i18n/index.ts';

/** The loader, with its map of locale chunks, is a chunk of its own: a German visit never downloads it. */
const loadLocale = (instance: i18n, code: string, part: Part): Promise<LoadResult> =>
  import('../../i18n/loader.ts').then((m) => m.loadLocale(instance, code, part));

export interface LanguageDeps {
  i18n: i18n;
  /** Where the user's choice is kept; null in a browser that refuses storage (the choice then lasts this page). */
  storage: Storage | null;
  /** `<html>`: its lang and dir follow the language shown. */
  root: HTMLElement | null;
  load?: (instance: i18n, code: string, part: Part) => Promise<LoadResult>;
  /** Whether a choice may be kept on the device; false during a home visit (nothing is written then). */
  remember?: () => boolean;
}

/**
 * The language shown and how complete it is; `fallback` when some or all of it stands in German. `legal`,
 * `handover` and `visit`: whether that part of the language (and of German) has been loaded.
 */
export type LanguageState = {
  code: string;
  fallback: boolean;
  legal: boolean;
  handover: boolean;
  visit: boolean;
  region: boolean;
};

type PartDeps = Required<Pick<LanguageDeps, 'i18n' | 'load'>> & { current: Signal<LanguageState> };

/** Loads a part of the language shown (and the same part of German's when `alsoGerman`); once per language. */
async function loadPart(
  { i18n, load, current }: PartDeps,
  part: LazyPart,
  alsoGerman: boolean,
): Promise<void> {
  const { code } = current.value;
  if (current.value[part]) return;
  const german = alsoGerman && code !== GERMAN ? load(i18n, GERMAN, part) : Promise.resolve('ok');
  const [result] = await Promise.all([load(i18n, code, part), german]);
  if (current.value.code !== code) return;
  current.value = { ...current.value, [part]: true, fallback: current.value.fallback || result !== 'ok' };
}

/** A language just shown has none of its parts loaded yet. */
const NO_PARTS: Record<LazyPart, false> = { legal: false, handover: false, visit: false, region: false };

/** The app's language: started from `?lang=`, the stored choice or German; switched only by the user. */
export function createLanguage({ i18n, storage, root, load = loadLocale, remember }: LanguageDeps) {
  const current = signal<LanguageState>({ code: GERMAN, fallback: false, ...NO_PARTS });
  const suggestion = signal<string | null>(null);
  let generation = 0;

  /** Loads the language (if not yet), then shows it; a later switch overtakes an earlier one still loading. */
  async function apply(code: string): Promise<void> {
    const mine = ++generation;
    const result = await load(i18n, code, 'main');
    if (mine !== generation) return;
    await i18n.changeLanguage(code);
    // A file that failed to load leaves the page German: say so to screen readers too.
    const shown = result === 'failed' ? GERMAN : code;
    root?.setAttribute('lang', shown);
    root?.setAttribute('dir', findLanguage(shown)?.dir ?? 'ltr');
    current.value = { code, fallback: result !== 'ok', ...NO_PARTS };
  }

  return {
    current,
    suggestion,
    apply,
    /** Starts with the URL, the stored choice or German, and finds a browser language to offer. */
    start(search: string, preferred: readonly string[]): Promise<void> {
      const start = startLanguage(search, storedLanguage(storage), preferred);
      suggestion.value = start.suggest ?? null;
      return start.code === GERMAN ? Promise.resolve() : apply(start.code);
    },
    /** The user's own choice: kept on the device (not during a visit), and the offer of another language is answered. */
    choose(code: string): Promise<void> {
      if (!findLanguage(code)) return Promise.resolve();
      try {
        if (remember?.() ?? true) storage?.setItem(LANG_KEY, code);
      } catch {
        // Storage refused (private mode): the choice still holds for this page.
      }
      suggestion.value = null;
      return apply(code);
    },
    /** Loads a language without showing it (to offer it in its own words); false when it could not be loaded. */
    async preload(code: string): Promise<boolean> {
      return (await load(i18n, code, 'main')) !== 'failed';
    },
    /** The language kept on the device, or German: shown again when a visit ends. */
    stored: (): string => findLanguage(storedLanguage(storage))?.code ?? GERMAN,
    /**
     * Loads a part of the language shown (a legal screen opened, a visit started, a hand-over offered); once per
     * language. The hand-over part brings German's copy too: the sheet sets German beside every label, so a German
     * reader at the KoKi or the doctor's can follow it.
     */
    loadPart(part: LazyPart): Promise<void> {
      return loadPart({ i18n, load, current }, part, part === 'handover');
    },
  };
}

export type LanguageControl = ReturnType<typeof createLanguage>;
