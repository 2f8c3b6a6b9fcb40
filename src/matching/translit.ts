/**
 * Cyrillic written in Latin letters the way families type it in chats ("muzh byot", "rebenok plachet",
 * "vahitna"): one informal scheme each for Russian and Ukrainian, used at build time to give every Russian and
 * Ukrainian synonym a Latin twin. Spellings outside the scheme (bjot, rebyonok) are listed in the data.
 */

/** The letters Russian and Ukrainian share, as chats write them in Latin. */
export const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ы: 'y',
};
const RUSSIAN: Readonly<Record<string, string>> = { ...COMMON, г: 'g', и: 'i', х: 'h' };
const UKRAINIAN: Readonly<Record<string, string>> = {
  ...COMMON,
  г: 'h',
  ґ: 'g',
  и: 'y',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  х: 'kh',
};
/** Each Cyrillic letter of the language in Latin, as chats write it (danger/fold.ts builds its twins on it too). */
export function latinLetters(lang: 'ru' | 'uk'): Readonly<Record<string, string>> {
  return lang === 'uk' ? UKRAINIAN : RUSSIAN;
}
// A soft sign before a vowel is heard as y (бьёт → byot, семья → semya).
const SOFT_VOWEL = /[ьъ'’]([еёюяєі])/g;
const SOFT: Record<string, string> = { е: 'ye', ё: 'yo', ю: 'yu', я: 'ya', є: 'ye', і: 'yi' };

/** The text in Latin letters (lower case), for Russian or Ukrainian; other letters pass through. */
export function transliterate(text: string, lang: 'ru' | 'uk'): string {
  const table = latinLetters(lang);
  const lower = text.toLowerCase().replace(SOFT_VOWEL, (_, v: string) => SOFT[v] ?? v);
  let out = '';
  for (const ch of lower) out += table[ch] ?? ch;
  return out;
}
