import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/matching/index.ts';
import { findPhrasesAmong, keyPrefixes } from '../../../src/matching/phrases.ts';
import { stemPolish } from '../../../src/matching/stem-polish.ts';
import { foreignStems, languagesFor, stemIn } from '../../../src/matching/stemmers.ts';
import { transliterate } from '../../../src/matching/translit.ts';

const n = (w: string) => normalise(w);

describe('stemming in other languages (on normalised words)', () => {
  it.each([
    ['tr', 'annelerle', 'anneler'],
    ['ru', 'вскармливанием', 'вскармливание'],
    ['uk', 'малюками', 'малюк'],
    ['ro', 'bebelușul', 'bebeluș'],
    ['ar', 'يضربني', 'يضرب'],
    ['en', 'crying', 'cry'],
    ['pl', 'karmieniem', 'karmienie'],
    ['pl', 'płacze', 'płacz'],
  ] as const)('%s: %j and %j share a stem', (lang, a, b) => {
    expect(stemIn(n(a), lang)).toBe(stemIn(n(b), lang));
  });

  it('keeps a word whole when the stemmer would leave under three letters', () => {
    expect(stemIn('aileyiz', 'tr')).toBe('aileyiz');
    expect(stemPolish('ma')).toBe('ma');
  });

  it('tries the languages of the word’s script, the family’s language first', () => {
    expect(languagesFor('плачет')).toEqual(['ru', 'uk']);
    expect(languagesFor('плачет', 'uk')).toEqual(['uk', 'ru']);
    expect(languagesFor('طفلي')).toEqual(['ar']);
    expect(languagesFor('placze', 'pl')[0]).toBe('pl');
    expect(languagesFor('placze', 'ar')).toEqual(['en', 'tr', 'ro', 'pl']);
    expect(foreignStems('😀')).toEqual([]);
  });
});

describe('transliteration of Russian and Ukrainian', () => {
  it.each([
    ['муж бьёт', 'ru', 'muzh byot'],
    ['ребёнок плачет', 'ru', 'rebenok plachet'],
    ['вагітна', 'uk', 'vahitna'],
    ["чоловік б'є", 'uk', 'cholovik bye'],
  ] as const)('%j (%s) → %j', (text, lang, latin) => {
    expect(transliterate(text, lang)).toBe(latin);
  });
});

describe('phrases over several forms per word', () => {
  const table = new Map([
    ['грудн вскармливан', 'breastfeeding'],
    ['baby', 'baby'],
  ]);
  const prefixes = keyPrefixes(table.keys());

  it('matches a phrase spelled by the second form of each word, longest first', () => {
    const forms = [['проблеми'], ['грудним', 'грудн'], ['вскармливанием', 'вскармливан']];
    expect(findPhrasesAmong(forms, table, undefined, prefixes)).toEqual([
      { start: 1, end: 3, value: 'breastfeeding' },
    ]);
  });

  it('does not match when no combination spells the key', () => {
    expect(findPhrasesAmong([['грудним'], ['вскармливан']], table, undefined, prefixes)).toEqual([]);
  });

  it('lists the word prefixes of keys', () => {
    expect([...keyPrefixes(['a b c', 'd'])]).toEqual(['a', 'a b']);
  });
});
