/**
 * createI18n's `t` reads plain texts from the store and remembers the rest (src/i18n/index.ts): it must answer
 * exactly what i18next itself answers, in every language state, and forget what it remembered when texts change.
 */
import { describe, expect, it } from 'vitest';
import { createI18n, createPlainI18n } from '../../../src/i18n/index.ts';
import de from '../../../src/i18n/locales/de.json';

/** Every key of a nested locale object, plural suffixes folded into their base key. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? keysOf(v, `${prefix}${k}.`)
      : [`${prefix}${k}`.replace(/_(zero|one|two|few|many|other)$/, '')],
  );
}

describe('the faster t', () => {
  const keys = [...new Set(keysOf(de))];

  it('answers every German key as i18next does, plain and with values', () => {
    const fast = createI18n();
    const plain = createPlainI18n();
    expect(keys.length).toBeGreaterThan(200);
    const values = { count: 2, name: 'Anna', region: 'Ostallgäu', n: 3, date: '1. Mai 2026' };
    for (const key of keys) {
      expect(fast.t(key), key).toBe(plain.t(key));
      expect(fast.t(key, values), key).toBe(plain.t(key, values));
      // Asked twice, the remembered answer is the same.
      expect(fast.t(key, { count: 1 }), key).toBe(plain.t(key, { count: 1 }));
      expect(fast.t(key, { count: 1 }), key).toBe(plain.t(key, { count: 1 }));
    }
  });

  it('follows a language switch, falls back to German for a missing text, and sees texts added later', async () => {
    const i18n = createI18n();
    expect(i18n.t('start.title')).toBe(de.start.title);
    i18n.addResourceBundle('en', 'translation', { start: { title: 'Find help' } });
    await i18n.changeLanguage('en');
    expect(i18n.t('start.title')).toBe('Find help');
    expect(i18n.t('start.intro')).toBe(de.start.intro);
    i18n.addResourceBundle('en', 'translation', { start: { intro: 'Free help' } }, true, true);
    expect(i18n.t('start.intro')).toBe('Free help');
    // Remembered answers (calls with values) are forgotten when a language's texts arrive.
    expect(i18n.t('summary.count', { count: 2 })).toBe('Lotse kennt 2 Angebote.');
    i18n.addResourceBundle(
      'en',
      'translation',
      { summary: { count_other: 'Lotse knows {{count}} offers.' } },
      true,
      true,
    );
    expect(i18n.t('summary.count', { count: 2 })).toBe('Lotse knows 2 offers.');
    await i18n.changeLanguage('de');
    expect(i18n.t('summary.count', { count: 2 })).toBe('Lotse kennt 2 Angebote.');
    expect(i18n.t('start.title')).toBe(de.start.title);
  });

  it('still asks i18next for what it cannot read directly: an unknown key, an array of keys, objects', () => {
    const i18n = createI18n();
    expect(i18n.t('no.such.key')).toBe('no.such.key');
    expect(i18n.t(['no.such.key', 'start.title'])).toBe(de.start.title);
    expect(i18n.t('start', { returnObjects: true })).toEqual(de.start);
  });
});
