import { describe, expect, it } from 'vitest';
import { toVCard } from '../../../src/ui/offer/vcard.ts';
import { distanceKm, offerDistance } from '../../../src/ui/results/distance.ts';
import { makeOffer } from '../../fixtures/builders.ts';

describe('toVCard', () => {
  it('contains exactly what the offer knows, escaped', () => {
    const card = toVCard(
      makeOffer({
        name: 'Beratung; Hilfe, Rat',
        organization: { name: 'Diakonie' },
        phones: [{ number: '+4995611234', display: '09561 1234' }],
        email: 'rat@example.org',
        locations: [
          {
            address: { address_1: 'Judengasse 46', postal_code: '96450', city: 'Coburg' },
            latitude: 50.26,
            longitude: 10.96,
            coordinates_precision: 'municipality',
          },
        ],
      }),
    );
    expect(card.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Beratung\\; Hilfe\\, Rat',
      'ORG:Diakonie',
      'TEL;TYPE=WORK,VOICE:+4995611234',
      'EMAIL;TYPE=INTERNET:rat@example.org',
      'ADR;TYPE=WORK:;;Judengasse 46;Coburg;;96450;Deutschland',
      'NOTE:Quelle: https://example.org/quelle',
      'END:VCARD',
      '',
    ]);
  });

  it('invents nothing for an offer without contacts', () => {
    const card = toVCard(makeOffer());
    expect(card).not.toMatch(/TEL|EMAIL|URL:|ADR/);
  });
});

describe('distance', () => {
  it('measures Kaufbeuren to Marktoberdorf at about 12 km', () => {
    const km = distanceKm(
      { latitude: 47.8797, longitude: 10.6206 },
      { latitude: 47.7786, longitude: 10.6169 },
    );
    expect(km).toBeGreaterThan(10);
    expect(km).toBeLessThan(13);
  });

  it('has no distance for an offer without a location', () => {
    expect(offerDistance(makeOffer(), { latitude: 47, longitude: 10 })).toBeUndefined();
  });
});
