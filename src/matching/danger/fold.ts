/**
 * Word forms for danger matching: the same folding on the word groups (build time) and on what a family typed
 * (run time), so that spelling habits meet instead of being listed: diacritics, umlauts typed as ae/oe/ue,
 * letters held down (hiiilfe), Turkish ı, Arabic letter variants
 * (Iraqi چ/گ and Persian ک/ی too), Ukrainian typed on a Russian keyboard, and Cyrillic or Arabic written in Latin
 * letters ("muzh byot", "3am yedrobni"), which meet the groups' own Latin twins in a looser skeleton.
 */

import { latinLetters } from '../translit.ts';

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’`ʼ‘´]/g;
/** Letters and digits form words; digits stay inside a word because Arabizi writes letters with them (3am, bi2tolni). */
const WORD = /[\p{L}\p{N}]+/gu;
const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /^[a-z0-9]+$/;
const REPEATS = /(\p{L})\1{2,}/gu;

const FOLDS: [RegExp, string][] = [
  [/ß/g, 'ss'],
  [/ı/g, 'i'],
  [/ł/g, 'l'],
  [/æ/g, 'ae'],
  [/ø/g, 'o'],
  [/ـ/g, ''],
  [/ة/g, 'ه'],
  [/ى/g, 'ي'],
  [/[چک]/g, 'ك'],
  [/گ/g, 'ق'],
  [/ی/g, 'ي'],
  [/[іїы]/g, 'и'],
  [/[єэ]/g, 'е'],
  [/ё/g, 'е'],
  [/й/g, 'и'],
  [/ґ/g, 'г'],
  [/[ьъ]/g, ''],
];

/** One word, folded: lower case, no marks, letter variants merged. */
export function fold(word: string): string {
  let s = word.toLowerCase().replace(APOSTROPHES, '');
  // ё and й lose their marks in NFKD; fold them first so Cyrillic folding sees them as letters.
  s = s.replace(/ё/g, 'е').replace(/й/g, 'и').replace(/ї/g, 'і');
  s = s.normalize('NFKD').replace(MARKS, '');
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  // Shouted words (hiiilfe) meet the groups' spelling.
  return s.replace(REPEATS, '$1');
}

/**
 * German typed with ae/oe/ue for ä/ö/ü (schuetteln): the word as the groups fold it (schutteln), tried beside the
 * word itself. Only for typed words: folded in the groups, Romanian "aer" (air) would become a stem of "arunc" (throw).
 */
export function umlautForm(word: string): string | null {
  return /ae|oe|ue/.test(word) ? word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u') : null;
}

/** The words of a text, folded, with apostrophes kept inside words (b'et, don't) and hyphens splitting (m-a). */
export function words(text: string): string[] {
  return (text.replace(APOSTROPHES, '').match(WORD) ?? []).map(fold).filter((w) => w !== '');
}

/**
 * Latin digraphs that stand for one sound in transliteration, by first letter, longest first. Hushing sounds get
 * letters of their own (š, ž, č): folded to plain s, "shos" (something) would be "sos".
 */
const DIGRAPHS: Record<string, [string, string][]> = {
  s: [
    ['shch', 'š'],
    ['sch', 'š'],
    ['sh', 'š'],
  ],
  z: [['zh', 'ž']],
  c: [
    ['ch', 'č'],
    ['ck', 'k'],
  ],
  k: [['kh', 'h']],
  t: [
    ['ts', 'c'],
    ['tz', 'c'],
  ],
};
const SINGLE: Record<string, string> = { x: 'h', q: 'k', w: 'v', y: '', j: '' };

/**
 * The loose Latin skeleton of a word written in Latin letters for another script: digraphs to one letter, y/j
 * dropped, doubled letters once. "byot", "bjot" and the twin of бьёт all become "bot". One pass without regular
 * expressions: it runs for every Cyrillic word group entry when the matcher is first used.
 */
export function loose(word: string): string {
  let out = '';
  let last = '';
  let i = 0;
  while (i < word.length) {
    const c = word[i] ?? '';
    let ch = SINGLE[c] ?? c;
    let step = 1;
    for (const [from, to] of DIGRAPHS[c] ?? [])
      if (word.startsWith(from, i)) {
        ch = to;
        step = from.length;
        break;
      }
    i += step;
    if (ch !== '' && ch !== last) out += ch;
    if (ch !== '') last = ch;
  }
  return out;
}

/**
 * Latin twins of a Cyrillic word as written in its language (not yet folded), as loose skeletons: Ukrainian и as y
 * and, as many type it, as i; Russian ы as y or i, ё as e or yo.
 */
export function cyrillicTwins(word: string, lang: string): string[] {
  const lower = word.toLowerCase();
  const table = latinLetters(lang === 'uk' ? 'uk' : 'ru');
  const latin = (swap: Record<string, string>) => {
    let out = '';
    for (const ch of lower) out += swap[ch] ?? table[ch] ?? ch;
    return loose(out);
  };
  const variants = [latin({})];
  if (lang === 'uk' && lower.includes('и')) variants.push(latin({ и: 'i' }));
  if (lang !== 'uk' && lower.includes('ы')) variants.push(latin({ ы: 'i' }));
  if (lang !== 'uk' && lower.includes('ё')) variants.push(latin({ ё: 'yo' }));
  return [...new Set(variants)];
}

/** Which script a folded word is in. */
export function scriptOf(word: string): 'latin' | 'cyrillic' | 'arabic' | 'other' {
  if (LATIN.test(word)) return 'latin';
  if (CYRILLIC.test(word)) return 'cyrillic';
  if (ARABIC.test(word)) return 'arabic';
  return 'other';
}

const ARABIC_PREFIX = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'س', 'ي', 'ت', 'ن', 'ا', 'ح', 'ه', 'ع', 'م']);

/**
 * An Arabic word with its leading clitics and verb prefixes taken off one letter at a time (وبيضربني → بيضربني,
 * يضربني, ضربني), and without the article: dialect prefixes (b-, 3am, ح, رح) stack, so the groups list stems.
 */
export function arabicStems(word: string): string[] {
  const out: string[] = [];
  const bare = word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
  if (bare !== word) out.push(bare);
  let s = word;
  for (let i = 0; i < 3 && s.length > 3 && ARABIC_PREFIX.has(s[0] ?? ''); i += 1) {
    s = s.slice(1);
    out.push(s);
    if (s.startsWith('ال') && s.length > 4) out.push(s.slice(2));
  }
  return out;
}
