import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/index.ts';
import deHandover from '../../../src/i18n/locales/de.handover.json';
import { linkCodes, textCodes } from '../../../src/ui/handover/handover-codes.ts';
import { handoverEntry, handoverText } from '../../../src/ui/handover/handover-content.ts';
import { byteLength, packByBytes, QR_MAX_BYTES } from '../../../src/ui/handover/qr-split.ts';
import { makeCatalogue, makeOffer } from '../../fixtures/builders.ts';

const i18n = createI18n();
i18n.addResourceBundle('de', 'translation', deHandover, true, true);
const t = i18n.getFixedT('de');

const koki = makeOffer({
  id: 'koki',
  name: 'KoKi Ostallgäu',
  phones: [{ number: '+498342911', display: '08342 911-0', switchboard: true }],
  locations: [
    {
      address: { address_1: 'Schwabenstraße 11', postal_code: '87616', city: 'Marktoberdorf' },
      latitude: 47.7,
      longitude: 10.6,
      coordinates_precision: 'exact',
    },
  ],
  schedule: { description: 'Mo–Fr 8–12 Uhr' },
  category: 'koki',
});
const viaProvider = makeOffer({
  id: 'kurs',
  name: 'Elternkurs',
  organization: { name: 'Familienzentrum e. V.', id: 'fz' },
  url: 'https://kurs.example',
});
const catalogue = makeCatalogue([koki, viaProvider], {
  organizations: [
    {
      id: 'fz',
      name: 'Familienzentrum e. V.',
      phones: [{ number: '+49831123', display: '0831 123' }],
      email: null,
      url: null,
      address: null,
      source: { url: 'https://fz.example', date: '2025', confidence: 'high', note: null },
    },
  ],
});
const entries = [koki, viaProvider].map((o) => handoverEntry(o, catalogue, t));
const options = {
  t,
  today: '2026-11-30',
  date: '30. November 2026',
  origin: 'https://lotse.example',
  lang: 'ar',
};

describe('the hand-over content', () => {
  it('says the date, then each offer with phone, address and hours, then the list link', () => {
    const text = handoverText(entries, { ...options, link: 'https://lotse.example/list?ids=koki,kurs' });
    expect(text).toBe(
      [
        'Lotse – Frühe Hilfen, 30. November 2026',
        'KoKi Ostallgäu\nTelefon: 08342 911-0 (Zentrale – nach der KoKi fragen)\n' +
          'Adresse: Schwabenstraße 11, 87616 Marktoberdorf\nZeiten: Mo–Fr 8–12 Uhr',
        'Elternkurs\nTelefon über Familienzentrum e. V.: 0831 123',
        'Liste in Lotse: https://lotse.example/list?ids=koki,kurs',
      ].join('\n\n'),
    );
  });

  it('keeps numbers and names in their own direction in a right-to-left text', () => {
    const text = handoverText(entries, { ...options, link: null, rtl: true });
    expect(text).toContain('\u206608342 911-0\u2069');
    expect(text).toContain('\u2066KoKi Ostallgäu\u2069');
  });

  it('gives the website only when there is no number to call', () => {
    const alone = makeOffer({ url: 'https://online.example', email: 'a@b.example' });
    const entry = handoverEntry(alone, catalogue, t);
    expect([entry.web, entry.email]).toEqual(['https://online.example', 'a@b.example']);
    expect(entries[1]?.web).toBeNull();
  });
});

describe('QR codes stay small enough to scan from a phone screen', () => {
  const many = Array.from({ length: 40 }, (_, i) =>
    handoverEntry({ ...koki, id: `angebot-mit-langer-id-${i}` }, catalogue, t),
  );

  it('packs in order, never cuts an item, and keeps every group within the limit', () => {
    const groups = packByBytes(['aaaa', 'bbbb', 'cc', 'dddddddddd'], (g) => g.join(''), 6);
    expect(groups).toEqual([['aaaa'], ['bbbb', 'cc'], ['dddddddddd']]);
  });

  it('splits a long list link into several list links, each within the limit, losing no id', () => {
    const links = linkCodes(many, options);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(byteLength(link)).toBeLessThanOrEqual(QR_MAX_BYTES);
    const ids = links.flatMap((l) => new URL(l).searchParams.get('ids')?.split(',') ?? []);
    expect(ids).toEqual(many.map((e) => e.id));
    expect(links.every((l) => l.endsWith('&lang=ar'))).toBe(true);
  });

  it('splits the contacts text between offers, labelled "1 von N", each within the limit', () => {
    const texts = textCodes(many, options);
    expect(texts.length).toBeGreaterThan(1);
    texts.forEach((text, i) => {
      expect(byteLength(text)).toBeLessThanOrEqual(QR_MAX_BYTES);
      expect(text.split('\n')[0]).toBe(
        `Lotse – Frühe Hilfen, 30. November 2026 (${i + 1} von ${texts.length})`,
      );
    });
    const names = texts.join('\n').match(/^KoKi Ostallgäu$/gm) ?? [];
    expect(names).toHaveLength(many.length);
  });

  it('a short list is one code with the link at its end', () => {
    const [only, ...rest] = textCodes(entries, options);
    expect(rest).toEqual([]);
    expect(only?.endsWith('Liste in Lotse: https://lotse.example/list?ids=koki,kurs&lang=ar')).toBe(true);
  });
});
