/**
 * Which of Lotse's languages a typed text is clearly written in, from its script, its letters and its function
 * words; null when unsure or German. Used only to offer the page in that language, never to switch by itself.
 */

/** Function words and letters that mark a language; a text needs two marks and more than any other language. */
const MARKS: Record<string, { words: string[]; letters?: RegExp }> = {
  de: {
    words: [
      'ich',
      'und',
      'mein',
      'meine',
      'ist',
      'nicht',
      'wie',
      'was',
      'wer',
      'mit',
      'der',
      'die',
      'das',
      'bin',
      'kind',
      'hilfe',
    ],
    letters: /[äöüß]/,
  },
  en: {
    words: [
      'i',
      'my',
      'the',
      'and',
      'is',
      'to',
      'for',
      'how',
      'what',
      'with',
      'need',
      'help',
      'baby',
      'can',
      'where',
      'who',
      'we',
      'our',
    ],
  },
  tr: {
    words: [
      'bir',
      've',
      'için',
      'icin',
      'ne',
      'nasıl',
      'nasil',
      'mı',
      'mi',
      'var',
      'yok',
      'ben',
      'çok',
      'cok',
      'bebeğim',
      'bebegim',
      'yardım',
      'yardim',
    ],
    letters: /[ğşı]/,
  },
  pl: {
    words: [
      'się',
      'sie',
      'nie',
      'jest',
      'jak',
      'mój',
      'moj',
      'moje',
      'dziecko',
      'pomoc',
      'gdzie',
      'co',
      'mam',
      'czy',
    ],
    letters: /[ąęłśźżćń]/,
  },
  ro: {
    words: [
      'și',
      'si',
      'nu',
      'este',
      'sunt',
      'pentru',
      'cu',
      'ce',
      'cum',
      'unde',
      'copilul',
      'bebe',
      'ajutor',
      'am',
      'mi',
    ],
    letters: /[ăâîșțş]/,
  },
  ru: {
    words: [
      'что',
      'как',
      'мне',
      'меня',
      'ребенок',
      'ребёнок',
      'помощь',
      'где',
      'нужен',
      'нужна',
      'не',
      'и',
      'я',
    ],
    letters: /[ыэъё]/,
  },
  uk: {
    words: ['що', 'як', 'мені', 'мене', 'дитина', 'допомога', 'де', 'потрібна', 'потрібен', 'не', 'і', 'я'],
    letters: /[іїєґ]/,
  },
};

/** The language a text is clearly written in (a Lotse code), or null. */
export function typedLanguage(text: string): string | null {
  const lower = text.toLowerCase().slice(0, 500);
  if (/\p{Script=Arabic}/u.test(lower) && !/\p{Script=Latin}{3,}/u.test(lower)) return 'ar';
  const words = lower.split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length === 0) return null;
  const cyrillic = /\p{Script=Cyrillic}/u.test(lower);
  let best: { lang: string; score: number } | null = null;
  let second = 0;
  for (const [lang, m] of Object.entries(MARKS)) {
    if (cyrillic !== (lang === 'ru' || lang === 'uk')) continue;
    const score = words.filter((w) => m.words.includes(w)).length + (m.letters?.test(lower) ? 2 : 0);
    if (!best || score > best.score) {
      second = best?.score ?? 0;
      best = { lang, score };
    } else second = Math.max(second, score);
  }
  if (!best || best.score < 2 || best.score <= second || best.lang === 'de') return null;
  return best.lang;
}
