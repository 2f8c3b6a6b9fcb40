import type { i18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, LANG_KEY, type LoadResult, type Part } from '../../../src/i18n/index.ts';
import { createLanguage } from '../../../src/ui/lang/language.ts';
import { memoryStorage } from '../../fixtures/memory-storage.ts';

/** `<html>` as far as the language switch touches it. */
function fakeRoot() {
  const attrs: Record<string, string> = { lang: 'de', dir: 'ltr' };
  const root = {
    setAttribute: (name: string, value: string) => {
      attrs[name] = value;
    },
  };
  return { attrs, root: root as unknown as HTMLElement };
}

/** A loader that records what it was asked for and answers as told. */
function fakeLoad(answer: (code: string, part: Part) => LoadResult = () => 'ok') {
  const calls: string[] = [];
  const load = async (_: i18n, code: string, part: Part) => {
    calls.push(`${code}/${part}`);
    return answer(code, part);
  };
  return { calls, load };
}

function setup(answer?: (code: string, part: Part) => LoadResult) {
  const storage = memoryStorage();
  const { attrs, root } = fakeRoot();
  const { calls, load } = fakeLoad(answer);
  const language = createLanguage({ i18n: createI18n(), storage, root, load });
  return { storage, attrs, calls, language };
}

describe('createLanguage', () => {
  it('starts German without loading anything, and stores nothing until the user chooses', async () => {
    const { storage, calls, language } = setup();
    await language.start('', ['de-DE']);
    expect(language.current.value.code).toBe('de');
    expect(calls).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('?lang=ar shows Arabic right to left but is not a stored choice', async () => {
    const { storage, attrs, language } = setup();
    await language.start('?lang=ar', []);
    expect(language.current.value).toMatchObject({ code: 'ar', fallback: false });
    expect(attrs).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(storage.getItem(LANG_KEY)).toBeNull();
  });

  it('offers a browser language without switching; choosing keeps it and answers the offer', async () => {
    const { storage, attrs, language } = setup();
    await language.start('', ['uk-UA', 'de']);
    expect(language.suggestion.value).toBe('uk');
    expect(language.current.value.code).toBe('de');
    await language.choose('uk');
    expect(storage.getItem(LANG_KEY)).toBe('uk');
    expect(language.suggestion.value).toBeNull();
    expect(attrs.lang).toBe('uk');
  });

  it('"stay German" is a choice too; an unknown code changes nothing', async () => {
    const { storage, language } = setup();
    await language.start('', ['en']);
    await language.choose('xx');
    expect(storage.length).toBe(0);
    await language.choose('de');
    expect(storage.getItem(LANG_KEY)).toBe('de');
    expect(language.suggestion.value).toBeNull();
  });

  it('a file that fails leaves the page German (lang="de") with the fallback notice', async () => {
    const { attrs, language } = setup(() => 'failed');
    await language.choose('tr');
    expect(language.current.value).toMatchObject({ code: 'tr', fallback: true });
    expect(attrs).toEqual({ lang: 'de', dir: 'ltr' });
  });

  it('loads the legal texts once per language, German ones too', async () => {
    const { calls, language } = setup((_, part) => (part === 'legal' ? 'partial' : 'ok'));
    await language.loadPart('legal');
    await language.loadPart('legal');
    await language.choose('en');
    await language.loadPart('legal');
    expect(calls).toEqual(['de/legal', 'en/main', 'en/legal']);
    expect(language.current.value).toMatchObject({ code: 'en', legal: true, fallback: true });
  });

  it('a later choice overtakes an earlier one still loading', async () => {
    const storage = memoryStorage();
    const { root } = fakeRoot();
    const pending: Record<string, (r: LoadResult) => void> = {};
    const load = (_: i18n, code: string) =>
      new Promise<LoadResult>((resolve) => {
        pending[code] = resolve;
      });
    const language = createLanguage({ i18n: createI18n(), storage, root, load });
    const slow = language.choose('ar');
    const fast = language.choose('en');
    pending.en?.('ok');
    await fast;
    pending.ar?.('ok');
    await slow;
    expect(language.current.value.code).toBe('en');
  });
});
