/** Text normalising, tokenising and a light German stemmer shared by the index build and the query side. */

import { MAX_QUERY_TOKENS, MAX_SEARCHED_CHARS, MAX_TEXT_CHARS } from './light.ts';

export { MAX_QUERY_TOKENS, MAX_SEARCHED_CHARS, MAX_TEXT_CHARS };

const APOSTROPHES = /['’`ʼ‘´]/g;
const COMBINING = /\p{M}/gu;
const REPEATS = /(\p{L})\1{2,}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
// Arabic letter variants that people type interchangeably; tatweel is decoration only. Iraqi and Gulf writers
// put چ for a spoken ك and گ for a spoken ق (چبير, گلبي); Persian keyboards give ک and ی.
const ARABIC_FOLDS: [RegExp, string][] = [
  [/ـ/g, ''],
  [/ة/g, 'ه'],
  [/ى/g, 'ي'],
  [/[چک]/g, 'ك'],
  [/گ/g, 'ق'],
  [/ی/g, 'ي'],
];
// Cyrillic folded as a Russian keyboard types Ukrainian (і → и, є → е, ґ → г), with ы/и, э/е and the soft and
// hard signs (б'є, бье, бьёт) merged, so Ukrainian typed either way and Russian meet; a Latin i between
// Cyrillic letters (бiженка) is taken as и. Polish ł has no decomposition of its own.
const CYRILLIC_FOLDS: [RegExp, string][] = [
  [/(?<=\p{Script=Cyrillic})i|i(?=\p{Script=Cyrillic})/gu, 'и'],
  [/[іїы]/g, 'и'],
  [/[єэ]/g, 'е'],
  [/ґ/g, 'г'],
  [/[ьъ]/g, ''],
  [/ł/g, 'l'],
];

/**
 * Lower case, diacritics removed, ß→ss, ä/ae→a (also ö/oe, ü/ue) so "für", "fuer" and "fur" meet,
 * Cyrillic folded for Ukrainian typed on a Russian keyboard, letters repeated 3+ times collapsed, punctuation to
 * single spaces.
 */
export function normalise(text: string): string {
  let s = text
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .replaceAll('ı', 'i')
    .normalize('NFKD')
    .replace(COMBINING, '');
  for (const [re, to] of [...ARABIC_FOLDS, ...CYRILLIC_FOLDS]) s = s.replace(re, to);
  s = s.replace(APOSTROPHES, '').replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  return s.replace(REPEATS, '$1').replace(NON_WORD, ' ').trim();
}

/** Normalised words of a text, in order; single letters are dropped (they carry no meaning on their own). */
export function tokenise(text: string): string[] {
  const s = normalise(text);
  if (s === '') return [];
  return s.split(' ').filter((t) => t.length > 1 || /\d/.test(t));
}

/** Tokens of a query: the same as tokenise, but at most MAX_SEARCHED_CHARS characters and MAX_QUERY_TOKENS words. */
export function queryTokens(text: string): string[] {
  return queryWords(text).map((w) => w.token);
}

/** A query's tokens with the word each came from as typed, for showing it back ("Passt zu „Logopädie“"). */
export function queryWords(text: string): { raw: string; token: string }[] {
  const out: { raw: string; token: string }[] = [];
  for (const chunk of text.slice(0, MAX_SEARCHED_CHARS).split(/\s+/)) {
    const raw = chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    for (const token of tokenise(chunk)) if (out.length < MAX_QUERY_TOKENS) out.push({ raw, token });
  }
  return out;
}

const LATIN = /^[a-z]+$/;
const S_ENDING = /[bdfghklmnrt]s$/;
const ST_ENDING = /[bdfghklmnt]st$/;
const STEP1 = ['ern', 'em', 'er', 'en', 'es', 'e'];
const STEP2 = ['est', 'en', 'er'];
// Words whose final t is no verb ending, where dropping it would make a stop word (nachts → nacht, not nach).
const T_KEEP = new Set(['nacht', 'recht', 'licht', 'macht', 'sicht', 'acht']);

function strip(word: string, suffixes: string[], min: number): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= min) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * A light German stemmer (after Snowball's first two steps, plus verb -t and -ln/-rn endings) on normalised
 * words: schreit/schreien → schrei, Kinder/Kindern → kind, schwanger/Schwangere → schwang.
 */
export function stem(word: string): string {
  if (word.length <= 3 || !LATIN.test(word)) return word;
  let w = strip(word, STEP1, 3);
  if (w === word) {
    if (S_ENDING.test(w) && w.length > 4) w = w.slice(0, -1);
    else if (/[lr]n$/.test(w) && w.length > 4) w = w.slice(0, -1);
  }
  const before = w;
  w = strip(w, STEP2, 3);
  if (w === before && ST_ENDING.test(w) && w.length > 5) w = w.slice(0, -2);
  if (w === before && w.endsWith('t') && !w.endsWith('tt') && w.length > 4 && !T_KEEP.has(w))
    w = w.slice(0, -1);
  return w;
}
