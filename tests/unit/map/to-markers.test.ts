import { describe, expect, it } from 'vitest';
import type { Location } from '../../../src/catalogue/types.ts';
import {
  markerLabel,
  placedEntries,
  placeOf,
  toMarkers,
  unplacedOffers,
} from '../../../src/map/to-markers.ts';
import { makeOffer } from '../../fixtures/builders.ts';

function at(lat: number, lon: number, precision: Location['coordinates_precision'] = 'exact'): Location {
  return {
    address: { address_1: 'Hauptstraße 1', postal_code: '87600', city: 'Kaufbeuren' },
    latitude: lat,
    longitude: lon,
    coordinates_precision: precision,
  };
}

describe('toMarkers', () => {
  it('makes one marker per offer with a location, linking to its page, in the offers’ order', () => {
    const a = makeOffer({ id: 'a', name: 'A', locations: [at(47.88, 10.62)] });
    const b = makeOffer({ id: 'b b', name: 'B', locations: [at(47.77, 10.61, 'municipality')] });
    const groups = toMarkers([a, b]);
    expect(groups.map((g) => [g.lat, g.lon, g.approximate])).toEqual([
      [47.88, 10.62, false],
      [47.77, 10.61, true],
    ]);
    expect(groups[1]?.entries[0]).toEqual({
      id: 'b b',
      name: 'B',
      href: '/offer/b%20b',
      place: 'Hauptstraße 1, 87600 Kaufbeuren',
      town: '87600 Kaufbeuren',
      approximate: true,
    });
  });

  it('groups offers at the same point into one marker so that none hides another', () => {
    const offers = [
      makeOffer({ id: 'a', locations: [at(47.88, 10.62, 'municipality')] }),
      makeOffer({ id: 'b', locations: [at(47.880001, 10.620001, 'municipality')] }),
      makeOffer({ id: 'c', locations: [at(47.88, 10.62)] }),
      makeOffer({ id: 'd', locations: [at(47.9, 10.7)] }),
    ];
    const groups = toMarkers(offers);
    expect(groups).toHaveLength(2);
    expect(groups[0]?.entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    // One exact address among them: the marker is not drawn as approximate, the entries keep their own flag.
    expect(groups[0]?.approximate).toBe(false);
    expect(groups[0]?.entries.map((e) => e.approximate)).toEqual([true, true, false]);
  });

  it('keeps a group approximate only when every entry is', () => {
    const offers = [
      makeOffer({ locations: [at(47.5, 10.5, 'municipality')] }),
      makeOffer({ locations: [at(47.5, 10.5, 'municipality')] }),
    ];
    expect(toMarkers(offers)[0]?.approximate).toBe(true);
  });

  it('places an offer with two sites twice, but the same site only once', () => {
    const offer = makeOffer({ id: 'two', locations: [at(47.1, 10.1), at(47.2, 10.2), at(47.1, 10.1)] });
    expect(toMarkers([offer]).map((g) => g.entries.map((e) => e.id))).toEqual([['two'], ['two']]);
  });

  it('leaves out offers without a usable location and reports them', () => {
    const hotline = makeOffer({ id: 'hotline', locations: [] });
    const broken = makeOffer({ id: 'broken', locations: [at(Number.NaN, 10), at(0, 0), at(95, 10)] });
    const placed = makeOffer({ id: 'placed', locations: [at(47, 10)] });
    expect(placedEntries([hotline, broken, placed]).map((e) => e.id)).toEqual(['placed']);
    expect(unplacedOffers([hotline, broken, placed]).map((o) => o.id)).toEqual(['hotline', 'broken']);
    expect(toMarkers([])).toEqual([]);
  });
});

describe('placeOf', () => {
  it('writes as much of the address as is known', () => {
    expect(placeOf(at(1, 1))).toBe('Hauptstraße 1, 87600 Kaufbeuren');
    const town = { ...at(1, 1), address: { address_1: null, postal_code: null, city: 'Marktoberdorf' } };
    expect(placeOf(town)).toBe('Marktoberdorf');
  });
});

describe('markerLabel', () => {
  const texts = {
    approximate: 'ungefähre Lage',
    close: 'Schließen',
    zoomIn: '+',
    zoomOut: '-',
    group: (n: number, town: string) => `${n} Angebote an diesem Ort (${town})`,
  };

  it('names the offer and its place, and says when the place is approximate', () => {
    const [exact, approx] = toMarkers([
      makeOffer({ name: 'A', locations: [at(47.1, 10.1)] }),
      makeOffer({ name: 'B', locations: [at(47.2, 10.2, 'municipality')] }),
    ]);
    expect(exact && markerLabel(exact, texts)).toBe('A, Hauptstraße 1, 87600 Kaufbeuren');
    expect(approx && markerLabel(approx, texts)).toBe('B, Hauptstraße 1, 87600 Kaufbeuren (ungefähre Lage)');
  });

  it('counts the offers of a shared marker and names the town', () => {
    const [group] = toMarkers([
      makeOffer({ locations: [at(47, 10)] }),
      makeOffer({ locations: [at(47, 10)] }),
    ]);
    expect(group && markerLabel(group, texts)).toBe('2 Angebote an diesem Ort (87600 Kaufbeuren)');
  });
});
