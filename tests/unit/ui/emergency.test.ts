import { describe, expect, it } from 'vitest';
import { emergencyOffers } from '../../../src/ui/common/emergency.ts';
import { formatDate } from '../../../src/ui/common/format.ts';
import { regionCounts } from '../../../src/ui/common/region-counts.ts';
import { makeCatalogue, makeOffer, emergencyOffers as sampleEmergency } from '../../fixtures/builders.ts';

describe('emergencyOffers', () => {
  it('puts 110 before 112, then the other 24/7 numbers', () => {
    const { emergency, allDay } = emergencyOffers(sampleEmergency());
    expect(emergency.map((o) => o.id)).toEqual(['notruf-110', 'notruf-112']);
    expect(allDay.map((o) => o.id)).toEqual(['telefonseelsorge']);
  });

  it('leaves out offers that are not reachable around the clock or have ended', () => {
    const offers = [
      makeOffer({ available_24_7: false, phones: [{ number: '+4983419999', display: '08341 9999' }] }),
      makeOffer({ available_24_7: true, phones: [] }),
      makeOffer({
        available_24_7: true,
        end_date: '2025-01-01',
        phones: [{ number: '+49800', display: '0800' }],
      }),
    ];
    expect(emergencyOffers(offers)).toEqual({ emergency: [], allDay: [] });
  });
});

describe('regionCounts', () => {
  it('counts offers per local region and wide-area offers once', () => {
    const catalogue = makeCatalogue([
      makeOffer({ areas: ['kaufbeuren'] }),
      makeOffer({ areas: ['kaufbeuren', 'ostallgaeu'] }),
      makeOffer({ areas: ['deutschland'] }),
    ]);
    expect(regionCounts(catalogue)).toEqual({
      local: [
        { id: 'kaufbeuren', name: 'Stadt Kaufbeuren', count: 2 },
        { id: 'ostallgaeu', name: 'Landkreis Ostallgäu', count: 1 },
      ],
      wide: 1,
    });
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-03-01', '1. März 2024'],
    ['2024-03', 'März 2024'],
    ['2013', '2013'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it('writes German dates exactly as Intl would, for every month', () => {
    const intl = new Intl.DateTimeFormat('de', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let month = 1; month <= 12; month++) {
      const iso = `2026-${String(month).padStart(2, '0')}-${String(month + 9).padStart(2, '0')}`;
      expect(formatDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }
  });

  it('uses Intl for other languages and leaves a month out of range at the year', () => {
    expect(formatDate('2024-03-01', 'en')).toBe('March 1, 2024');
    expect(formatDate('2024-13', 'de')).toBe('2024');
  });
});
