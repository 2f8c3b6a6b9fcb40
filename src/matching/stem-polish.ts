/**
 * A light Polish stemmer (Snowball has none): the longest common noun, adjective and verb ending is cut from a
 * normalised word (ą→a, ł→l …), keeping at least three letters: płacze/płacz → placz, karmieniem/karmienie →
 * karmien, położnej/położna → polozn.
 */

// Longest first, so "ami" is tried before "i".
const ENDINGS = [
  'owaniem',
  'owania',
  'ujemy',
  'iemu',
  'iego',
  'iami',
  'ach',
  'ami',
  'ego',
  'emu',
  'ich',
  'ych',
  'imi',
  'ymi',
  'owi',
  'iem',
  'iej',
  'uje',
  'esz',
  'emy',
  'isz',
  'ysz',
  'am',
  'em',
  'om',
  'ow',
  'ej',
  'ie',
  'im',
  'ym',
  'ia',
  'io',
  'iu',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
];
const MIN_STEM = 3;

/** The word without its longest Polish ending (at least three letters stay). */
export function stemPolish(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM)
      return word.slice(0, -ending.length);
  }
  return word;
}
