/** One language Lotse speaks: how it names itself, which way it is written, how Intl formats for it. */
export interface Language {
  /** The code used everywhere: `?lang=`, file names, `<html lang>`. */
  code: string;
  /** The language named in itself, so a reader finds their own language without reading German. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The Intl locale for dates and plural rules (Leichte Sprache is German). */
  locale: string;
  /** Whether a native speaker has checked the translation; the app says so where not. */
  reviewed: boolean;
}

/** German first (bundled, the reference), then the other languages in the order of the chooser. */
export const LANGUAGES: readonly Language[] = [
  { code: 'de', name: 'Deutsch', dir: 'ltr', locale: 'de', reviewed: true },
  { code: 'de-x-ls', name: 'Leichte Sprache', dir: 'ltr', locale: 'de', reviewed: false },
  { code: 'en', name: 'English', dir: 'ltr', locale: 'en', reviewed: false },
  { code: 'tr', name: 'Türkçe', dir: 'ltr', locale: 'tr', reviewed: false },
  { code: 'ar', name: 'العربية', dir: 'rtl', locale: 'ar', reviewed: false },
  { code: 'uk', name: 'Українська', dir: 'ltr', locale: 'uk', reviewed: false },
  { code: 'ru', name: 'Русский', dir: 'ltr', locale: 'ru', reviewed: false },
  { code: 'pl', name: 'Polski', dir: 'ltr', locale: 'pl', reviewed: false },
  { code: 'ro', name: 'Română', dir: 'ltr', locale: 'ro', reviewed: false },
];

export const GERMAN = 'de';

/**
 * The sections of a language kept out of `<code>.json`, each part in `<code>.<part>.json` (German's too, to keep
 * them out of the first bundle), loaded when a screen needs them: the legal texts when a legal screen opens, the
 * hand-over texts (QR, text, print sheet) when a list or an offer offers a hand-over, the visit texts when a home
 * visit starts or a professional answers the questions, the region page's texts when a region page opens.
 */
export const PART_SECTIONS = {
  legal: ['legal', 'a11yStatement'],
  handover: ['handover'],
  visit: ['visit'],
  region: ['region'],
} as const satisfies Record<string, readonly string[]>;

/** A part of a language loaded on demand. */
export type LazyPart = keyof typeof PART_SECTIONS;
export const LAZY_PARTS: readonly LazyPart[] = ['legal', 'handover', 'visit', 'region'];

/** The sections of a language that live in `<code>.legal.json`, loaded when a legal screen opens. */
export const LEGAL_SECTIONS: readonly string[] = PART_SECTIONS.legal;

/** The sections of every part loaded on demand: none of them is in a language's main file. */
export const LAZY_SECTIONS: readonly string[] = LAZY_PARTS.flatMap((p) => PART_SECTIONS[p]);

/** The registry entry of a code, or undefined for a code Lotse does not speak (ignored, never guessed). */
export function findLanguage(code: string | null | undefined): Language | undefined {
  return code ? LANGUAGES.find((l) => l.code === code) : undefined;
}
