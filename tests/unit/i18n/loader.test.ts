import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/index.ts';
import { type Importers, loadLocale } from '../../../src/i18n/loader.ts';

/** A small English fixture: two sections complete, everything else missing. */
const fixture = { app: { name: 'Lotse', tagline: 'Early help', skip: 'Skip', home: 'Home' } };

describe('loadLocale', () => {
  it('adds a locale from its importer and says which keys fall back to German', async () => {
    const i18n = createI18n();
    const importers: Importers = { './locales/en.json': async () => ({ default: fixture }) };
    expect(await loadLocale(i18n, 'en', 'main', importers)).toBe('partial');
    await i18n.changeLanguage('en');
    expect(i18n.t('app.tagline')).toBe('Early help');
    expect(i18n.t('start.findHelp')).toBe('Hilfe finden');
  });

  it('is ok when every German key is there, counting a plural by any of its forms', async () => {
    const i18n = createI18n();
    const german = i18n.getResourceBundle('de', 'translation');
    const importers: Importers = { './locales/en.json': async () => ({ default: structuredClone(german) }) };
    expect(await loadLocale(i18n, 'en', 'main', importers)).toBe('ok');
  });

  it('loads the German-only network texts from their own file, and no language is asked to translate them', async () => {
    const i18n = createI18n();
    const german = structuredClone(i18n.getResourceBundle('de', 'translation'));
    expect(await loadLocale(i18n, 'de', 'network')).toBe('ok');
    expect(i18n.getFixedT('de')('network.title')).toBe('Netzwerkübersicht für Fachkräfte');
    const importers: Importers = { './locales/en.json': async () => ({ default: german }) };
    expect(await loadLocale(i18n, 'en', 'main', importers)).toBe('ok');
  });

  it('fails, leaving German, when the file is missing, does not load or is not an object', async () => {
    const i18n = createI18n();
    const importers: Importers = {
      './locales/tr.json': () => Promise.reject(new Error('offline')),
      './locales/ar.json': async () => ({ default: ['not', 'a', 'tree'] }),
    };
    expect(await loadLocale(i18n, 'en', 'main', importers)).toBe('failed');
    expect(await loadLocale(i18n, 'tr', 'main', importers)).toBe('failed');
    expect(await loadLocale(i18n, 'ar', 'main', importers)).toBe('failed');
    await i18n.changeLanguage('tr');
    expect(i18n.t('start.findHelp')).toBe('Hilfe finden');
  });

  it('never fetches German main texts (bundled), but German legal texts come from their own file', async () => {
    const i18n = createI18n();
    expect(await loadLocale(i18n, 'de', 'main', {})).toBe('ok');
    expect(i18n.exists('legal.imprintTitle')).toBe(false);
    const importers: Importers = {
      './locales/de.legal.json': async () => ({ default: { legal: { imprintTitle: 'Impressum' } } }),
    };
    expect(await loadLocale(i18n, 'de', 'legal', importers)).toBe('partial');
    expect(i18n.t('legal.imprintTitle')).toBe('Impressum');
  });

  it('loads the real locale chunks through the bundler map (Arabic: six plural forms)', async () => {
    const i18n = createI18n();
    expect(await loadLocale(i18n, 'ar', 'main')).toBe('ok');
    expect(await loadLocale(i18n, 'ar', 'legal')).toBe('ok');
    await i18n.changeLanguage('ar');
    const counts = [0, 1, 2, 3, 11, 100].map((count) => i18n.t('summary.count', { count }));
    expect(new Set(counts).size).toBeGreaterThan(2);
    expect(counts.every((c) => !c.includes('Angebot'))).toBe(true);
  });
});
