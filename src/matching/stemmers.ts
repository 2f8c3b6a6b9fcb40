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
export const STEM_LANGS: StemLang[] = ['en', 'tr', 'ar', 'uk', 'ru', 'pl', 'ro'];

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
  return hint && isStemLang(hint) && all.includes(hint) ? [hint, ...all.filter((l) => l !== hint)] : all;
}

// Stems are pure, and some Snowball stemmers (Turkish) take up to a millisecond on a long foreign word: each
// word is stemmed once per language and session (the memo is dropped when it grows past MEMO_MAX).
const MEMO_MAX = 20_000;
const memo = new Map<string, string>();

/** The word's stem in one language; the word itself when the stemmer leaves too little. */
export function stemIn(word: string, lang: StemLang): string {
  const key = `${lang}:${word}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const s = word.length > MIN_STEM ? STEMMERS[lang](word) : word;
  const out = s.length >= MIN_STEM ? s : word;
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, out);
  return out;
}

/**
 * A text's stems in one language: words of that language's script through its stemmer, the rest German, and so
 * are words whose German stem the offers use (`german`), as the query side keeps them.
 */
export function stemsIn(
  tokens: string[],
  lang: StemLang,
  german: (stem: string) => boolean = () => false,
): string[] {
  return tokens.map((t) => {
    const g = stem(t);
    return german(g) || !languagesFor(t).includes(lang) ? g : stemIn(t, lang);
  });
}

/** A word's stems in the languages of its script, the family's language first. */
export function foreignStems(token: string, hint?: string): string[] {
  return languagesFor(token, hint).map((l) => stemIn(token, l));
}
