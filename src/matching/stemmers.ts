/**
 * Stemming for the languages families search in besides German: Snowball stemmers from @orama/stemmers (one small
 * module per language, so only these six ship, in the lazy search chunk) and a light Polish one of our own
 * (Snowball has none). They run on normalised words (no diacritics), at build time for the non-German synonyms and
 * danger phrases and at query time for words the German stemmer leaves unknown ("annelerle" → anne,
 * "вскармливанием" → вскармливан, "малюками" → малюк).
 */
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { stem } from './normalise.ts';
import { stemPolish } from './stem-polish.ts';

/** Languages with a stemmer of their own here (German has `stem` in normalise.ts). */
export type StemLang = 'en' | 'tr' | 'ar' | 'uk' | 'ru' | 'pl' | 'ro';

const STEMMERS: Record<StemLang, (word: string) => string> = {
  en: english,
  tr: turkish,
  ar: arabic,
  uk: ukrainian,
  ru: russian,
  pl: stemPolish,
  ro: romanian,
};

/** Every language stemmed here. */
export const STEM_LANGS = Object.keys(STEMMERS) as StemLang[];

/** A stem shorter than this says too little (Turkish "aileyiz" → "ai"): the word is kept whole. */
const MIN_STEM = 3;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /^[a-z]+$/;

/** Is the code one of the languages stemmed here? */
export function isStemLang(code: string): code is StemLang {
  return Object.hasOwn(STEMMERS, code);
}

/** The languages whose stemmer fits the word's script, the family's language (a hint) first. */
export function languagesFor(word: string, hint?: string): StemLang[] {
  const all: StemLang[] = CYRILLIC.test(word)
    ? ['ru', 'uk']
    : ARABIC.test(word)
      ? ['ar']
      : LATIN.test(word)
        ? ['en', 'tr', 'ro', 'pl']
        : [];
  return hint && all.includes(hint as StemLang) ? [hint as StemLang, ...all.filter((l) => l !== hint)] : all;
}

/** The word's stem in one language; the word itself when the stemmer leaves too little. */
export function stemIn(word: string, lang: StemLang): string {
  const s = STEMMERS[lang](word);
  return s.length >= MIN_STEM ? s : word;
}

/** A text's stems in one language: words of that language's script through its stemmer, the rest German. */
export function stemsIn(tokens: string[], lang: StemLang): string[] {
  return tokens.map((t) => (languagesFor(t).includes(lang) ? stemIn(t, lang) : stem(t)));
}

/** A word's forms to try: the given one, its German stem, then its stems in the languages of its script. */
export function formsOf(token: string, first: string, hint?: string): string[] {
  return [...new Set([first, stem(token), ...languagesFor(token, hint).map((l) => stemIn(token, l))])];
}
