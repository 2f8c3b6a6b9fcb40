import { describe, expect, it } from 'vitest';
import { matchLanguage, startLanguage, withLang } from '../../../src/i18n/index.ts';

describe('startLanguage', () => {
  it('?lang wins over the stored choice; the stored choice over German', () => {
    expect(startLanguage('?lang=ar', 'en', [])).toEqual({ code: 'ar' });
    expect(startLanguage('?q=x', 'en', ['tr'])).toEqual({ code: 'en' });
    expect(startLanguage('', null, [])).toEqual({ code: 'de' });
  });

  it('ignores an unknown lang in the URL or the store', () => {
    expect(startLanguage('?lang=xx', 'en', [])).toEqual({ code: 'en' });
    expect(startLanguage('?lang=xx', 'klingon', [])).toEqual({ code: 'de' });
  });

  it('only suggests a browser language, and not when German comes first or a choice was made', () => {
    expect(startLanguage('', null, ['tr-TR', 'de'])).toEqual({ code: 'de', suggest: 'tr' });
    expect(startLanguage('', null, ['de-DE', 'en'])).toEqual({ code: 'de' });
    expect(startLanguage('', null, ['fr', 'uk'])).toEqual({ code: 'de', suggest: 'uk' });
    expect(startLanguage('', 'de', ['en'])).toEqual({ code: 'de' });
    expect(startLanguage('?lang=de', null, ['en'])).toEqual({ code: 'de' });
  });

  it('matches browser tags exactly or by their primary subtag', () => {
    expect(matchLanguage('de-x-ls')).toBe('de-x-ls');
    expect(matchLanguage('en-GB')).toBe('en');
    expect(matchLanguage('AR')).toBe('ar');
    expect(matchLanguage('fr-FR')).toBeUndefined();
  });
});

describe('withLang', () => {
  it('sets or replaces lang and keeps the rest of the query as written', () => {
    expect(withLang('/list?ids=a,b', 'ar')).toBe('/list?ids=a,b&lang=ar');
    expect(withLang('/list?ids=a,b&lang=en', 'tr')).toBe('/list?ids=a,b&lang=tr');
    expect(withLang('/list?lang=en&ids=a', 'de')).toBe('/list?ids=a');
    expect(withLang('/help-now', 'de-x-ls')).toBe('/help-now?lang=de-x-ls');
  });
});
