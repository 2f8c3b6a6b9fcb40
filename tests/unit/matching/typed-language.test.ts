import { describe, expect, it } from 'vitest';
import { typedLanguage } from '../../../src/matching/typed-language.ts';

describe('typedLanguage: the language a family clearly typed in', () => {
  it.each([
    ['Bebeğim çok ağlıyor, ne yapabilirim?', 'tr'],
    ['My baby cries all night, where can I get help?', 'en'],
    ['Dziecko ma gorączkę, gdzie jest lekarz?', 'pl'],
    ['Copilul nu doarme, cu cine pot vorbi?', 'ro'],
    ['Мне нужна помощь, ребёнок не спит', 'ru'],
    ['Мені потрібна допомога, дитина не спить', 'uk'],
    ['طفلي يبكي كثيرا', 'ar'],
  ])('%s → %s', (text, lang) => {
    expect(typedLanguage(text)).toBe(lang);
  });

  it.each(['Mein Baby schreit die ganze Nacht, wer hilft mir?', 'Hebamme', 'Kinderarzt', ''])(
    '%j: German or unsure → null',
    (text) => {
      expect(typedLanguage(text)).toBeNull();
    },
  );
});
