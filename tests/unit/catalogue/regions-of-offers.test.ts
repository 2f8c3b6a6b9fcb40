/** Which region pairs a deep link (an offer, a received list) must load: one pair that holds each offer. */
import { describe, expect, it } from 'vitest';
import { type CatalogueManifest, regionsOfOffers } from '../../../src/catalogue/index.ts';

const pair = (name: string) => ({
  catalogue: `catalogue.${name}.json`,
  index: `index.${name}.json`,
  count: 1,
});
const manifest: CatalogueManifest = {
  version: 1,
  hash: 'h',
  count: 4,
  built: '2026-11-30T00:00:00.000Z',
  assured: '2026-11-01',
  wide: pair('w'),
  regions: { kaufbeuren: pair('k'), ostallgaeu: pair('o') },
  offers: {
    hotline: ['wide'],
    koki: ['kaufbeuren'],
    shared: ['ostallgaeu', 'kaufbeuren'],
    'both-kinds': ['kaufbeuren', 'wide'],
  },
  dated: {},
};

describe('regionsOfOffers', () => {
  it('names one pair per local offer, none for wide-area offers and none for unknown ids', () => {
    expect(regionsOfOffers(manifest, ['hotline'])).toEqual([]);
    expect(regionsOfOffers(manifest, ['koki'])).toEqual(['kaufbeuren']);
    expect(regionsOfOffers(manifest, ['shared'])).toEqual(['ostallgaeu']);
    expect(regionsOfOffers(manifest, ['both-kinds'])).toEqual([]);
    expect(regionsOfOffers(manifest, ['gone'])).toEqual([]);
    expect(regionsOfOffers(manifest, ['koki', 'shared', 'hotline'])).toEqual(['kaufbeuren', 'ostallgaeu']);
  });
});
