import { describe, expect, it } from 'vitest';
import { CatalogueFormatError, parseCatalogue } from '../../../src/catalogue/index.ts';
import { makeCatalogue, makeOffer } from '../../fixtures/builders.ts';

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('parseCatalogue', () => {
  it('accepts a well-formed catalogue and keeps every offer', () => {
    const catalogue = makeCatalogue([makeOffer({ id: 'a' }), makeOffer({ id: 'b' })]);
    expect(parseCatalogue(roundTrip(catalogue)).offers.map((o) => o.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['not an object', 'null', ''],
    ['an unknown version', { ...makeCatalogue([]), version: 2 }, '/version'],
    ['offers that are not an array', { ...makeCatalogue([]), offers: {} }, '/offers'],
  ])('rejects %s, naming the path', (_label, value, path) => {
    const input = value === 'null' ? null : roundTrip(value);
    expect(() => parseCatalogue(input)).toThrow(CatalogueFormatError);
    try {
      parseCatalogue(input);
    } catch (error) {
      expect((error as CatalogueFormatError).path).toBe(path);
    }
  });

  it('names the offer and field of a broken offer', () => {
    const broken = roundTrip(makeCatalogue([makeOffer(), makeOffer()])) as {
      offers: Record<string, unknown>[];
    };
    const second = broken.offers[1];
    if (second) second.phones = [{ number: 110 }];
    expect(() => parseCatalogue(broken)).toThrow('catalogue /offers/1/phones/0/number: must be a string');
  });
});
