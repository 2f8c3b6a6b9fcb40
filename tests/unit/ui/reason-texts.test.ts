import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../../../src/catalogue/index.ts';
import { createI18n } from '../../../src/i18n/index.ts';
import { reasonTexts } from '../../../src/ui/lang/data-label.ts';

const term = (id: string, label: string) => ({ id, label, synonyms: [] });
const taxonomy = {
  topics: [term('birth', 'Geburt'), term('health', 'Gesundheit und Vorsorge')],
  stages: [],
  audiences: [],
  modes: [],
  categories: [term('koki', 'KoKi und Koordination Frühe Hilfen')],
  languages: [],
} as unknown as Taxonomy;

describe('reasonTexts: the reasons a card shows', () => {
  const i18n = createI18n();
  const t = i18n.t.bind(i18n);

  it('says reasons of one kind once, with their terms joined, in the order given', () => {
    const texts = reasonTexts(t, taxonomy, [
      { key: 'reason.topic', params: { topic: 'Geburt' } },
      { key: 'reason.servesRegion', params: { region: 'Stadt Kaufbeuren' } },
      { key: 'reason.topic', params: { topic: 'Gesundheit und Vorsorge' } },
    ]);
    expect(texts).toEqual(['Hilft bei: Geburt, Gesundheit und Vorsorge', 'Zuständig für Stadt Kaufbeuren']);
  });

  it('keeps reasons without a term apart, and a single reason as it is', () => {
    expect(reasonTexts(t, taxonomy, [{ key: 'reason.free' }, { key: 'reason.koki' }])).toEqual([
      'Kostenlos',
      'Erste Anlaufstelle für Frühe Hilfen: berät Sie und vermittelt passende Hilfe',
    ]);
    expect(
      reasonTexts(t, taxonomy, [
        { key: 'reason.category', params: { category: 'KoKi und Koordination Frühe Hilfen' } },
      ]),
    ).toEqual(['Angebot: KoKi und Koordination Frühe Hilfen']);
  });

  it('shows each term in the language shown (German labels come from the data)', () => {
    i18n.addResourceBundle('en', 'translation', {
      reason: { topic: 'Helps with: {{topic}}' },
      data: { topics: { birth: 'Birth', health: 'Health and check-ups' } },
    });
    i18n.changeLanguage('en');
    const texts = reasonTexts(t, taxonomy, [
      { key: 'reason.topic', params: { topic: 'Geburt' } },
      { key: 'reason.topic', params: { topic: 'Gesundheit und Vorsorge' } },
    ]);
    i18n.changeLanguage('de');
    expect(texts).toEqual(['Helps with: Birth, Health and check-ups']);
  });

  it('names a region or wide area in the language shown, not in German ("all of Germany", not "Deutschland")', async () => {
    const en = (await import('../../../src/i18n/locales/en.json')).default;
    const ar = (await import('../../../src/i18n/locales/ar.json')).default;
    i18n.addResourceBundle('en', 'translation', en, true, true);
    i18n.addResourceBundle('ar', 'translation', ar, true, true);
    const regions = [
      { id: 'deutschland', name: 'Deutschland' },
      { id: 'bayern', name: 'Bayern' },
      { id: 'ostallgaeu', name: 'Landkreis Ostallgäu' },
    ];
    const reasons: { key: string; params: Record<string, string> }[] = [
      { key: 'reason.wideArea', params: { area: 'Deutschland' } },
      { key: 'reason.servesRegion', params: { region: 'Landkreis Ostallgäu' } },
    ];
    i18n.changeLanguage('en');
    const english = reasonTexts(t, taxonomy, reasons, regions);
    i18n.changeLanguage('ar');
    const arabic = reasonTexts(
      t,
      taxonomy,
      [{ key: 'reason.wideArea', params: { area: 'Bayern' } }],
      regions,
    );
    i18n.changeLanguage('de');
    const german = reasonTexts(t, taxonomy, reasons, regions);
    expect(english).toEqual(['Reachable in all of Germany', 'Responsible for Ostallgäu district']);
    expect(arabic).toEqual(['متاح في كل بافاريا']);
    expect(german).toEqual(['Erreichbar in ganz Deutschland', 'Zuständig für Landkreis Ostallgäu']);
  });
});
