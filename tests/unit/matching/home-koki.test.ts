import { describe, expect, it } from 'vitest';
import { loadMatchingData } from '../../../scripts/lib/load-offers.ts';
import { buildSearchIndex, createSearcher, homeKoki } from '../../../src/matching/index.ts';
import { makeOffer } from '../../fixtures/builders.ts';

const offers = [
  makeOffer({ id: 'koki-kaufbeuren', category: 'koki', modes: ['home-visit'], topics: ['money'] }),
  makeOffer({ id: 'koki-coburg', category: 'koki', areas: ['coburg-stadt'], service_areas: ['09463'] }),
  makeOffer({ id: 'money-kaufbeuren', topics: ['money'], modes: ['phone'] }),
];
const searcher = createSearcher(offers, buildSearchIndex({ offers, ...loadMatchingData() }));

describe('the home KoKi', () => {
  it('is the KoKi of the family’s region, even when a filter keeps it out of the results', () => {
    const result = searcher.search({ region: 'kaufbeuren', topics: ['money'], modes: ['phone'] });
    expect(result.results.map((m) => m.id)).not.toContain('koki-kaufbeuren');
    expect(result.koki?.id).toBe('koki-kaufbeuren');
    expect(searcher.search({ region: 'coburg-stadt' }).koki?.id).toBe('koki-coburg');
  });

  it('follows a place named in the text, and is null while no region is known', () => {
    expect(searcher.search({ text: 'Beratung in Coburg' }).koki?.id).toBe('koki-coburg');
    expect(searcher.search({ text: 'Beratung' }).koki).toBeNull();
  });

  it('is what an offer page shows for the offer’s region', () => {
    expect(homeKoki(offers, 'coburg-stadt')?.id).toBe('koki-coburg');
    expect(homeKoki(offers, 'gummersbach')).toBeNull();
    expect(homeKoki(offers, undefined)).toBeNull();
  });
});
