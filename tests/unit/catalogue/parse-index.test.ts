import { describe, expect, it } from 'vitest';
import { loadMatchingData, loadOffers } from '../../../scripts/lib/load-offers.ts';
import { CatalogueFormatError, parseSearchIndex } from '../../../src/catalogue/index.ts';
import { buildSearchIndex, packIndex } from '../../../src/matching/index.ts';
import { makePackedIndex } from '../../fixtures/builders.ts';

/** Tests that work through the whole real data set get a minute, as build-catalogue's do, not vitest's 5 s. */
const WHOLE_DATA = { timeout: 60_000 };

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('parseSearchIndex', WHOLE_DATA, () => {
  it('gives back the index the build ships, every field of it', () => {
    const shipped = packIndex(buildSearchIndex({ offers: loadOffers(), ...loadMatchingData() }));
    expect(parseSearchIndex(roundTrip(shipped))).toEqual(shipped);
  });

  it('keeps optional fields only where the file has them', () => {
    const index = makePackedIndex({
      phrases: [
        ['a', 't:x', 1],
        ['b', '', 2, 'w:c'],
      ],
      places: [{ key: 'k', name: 'K', region: 'kaufbeuren', weak: true, also: ['ostallgaeu'] }],
      callLines: [{ topics: ['t'], offers: ['o'] }],
    });
    expect(parseSearchIndex(roundTrip(index))).toEqual(index);
  });

  it.each([
    ['an unpacked index', { ...makePackedIndex(), packed: undefined }, '/packed'],
    ['a posting that is not a number', { ...makePackedIndex(), postings: { a: [1, 'x'] } }, '/postings/a/1'],
    ['a phrase without its weight', { ...makePackedIndex(), phrases: [['a', 'b']] }, '/phrases/0/2'],
    [
      'a second phrase whose text is a number',
      {
        ...makePackedIndex(),
        phrases: [
          ['a', 'b', 1],
          [2, 'c', 1],
        ],
      },
      '/phrases/1/0',
    ],
    ['a document id that is not a string', { ...makePackedIndex(), docs: ['a', 3] }, '/docs/1'],
    [
      'a place without a region',
      { ...makePackedIndex(), places: [{ key: 'k', name: 'K' }] },
      '/places/0/region',
    ],
    [
      'a danger pattern without order',
      {
        ...makePackedIndex(),
        urgent: { ...makePackedIndex().urgent, patterns: [{ groups: [['a']], window: 2 }] },
      },
      '/urgent/patterns/0/ordered',
    ],
    ['missing labels of a kind', { ...makePackedIndex(), labels: { topics: {} } }, '/labels/categories'],
  ])('refuses %s, naming where', (_, value, path) => {
    expect(() => parseSearchIndex(roundTrip(value))).toThrow(CatalogueFormatError);
    expect(() => parseSearchIndex(roundTrip(value))).toThrow(`catalogue ${path}:`);
  });
});
