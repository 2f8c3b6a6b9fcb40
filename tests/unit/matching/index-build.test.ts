import { describe, expect, it } from 'vitest';
import { loadMatchingData, loadOffers } from '../../../scripts/lib/load-offers.ts';
import { buildSearchIndex, createSearcher, type SearchIndex } from '../../../src/matching/index.ts';
import { makeOffer } from '../../fixtures/builders.ts';
import { realData } from './fixture.ts';

describe('buildSearchIndex', () => {
  const { offers, index } = realData();

  it('is deterministic and independent of the order of the offers', () => {
    const again = buildSearchIndex({ offers: [...loadOffers()].reverse(), ...loadMatchingData() });
    expect(JSON.stringify(again)).toBe(JSON.stringify(index));
  });

  it('survives a JSON round trip: the app gets the same results as the build', () => {
    const shipped = JSON.parse(JSON.stringify(index)) as SearchIndex;
    const a = createSearcher(offers, index).search({ text: 'Schreibaby Kaufbeuren' });
    const b = createSearcher(offers, shipped).search({ text: 'Schreibaby Kaufbeuren' });
    expect(b.results.map((m) => [m.id, m.score])).toEqual(a.results.map((m) => [m.id, m.score]));
  });

  it('holds delta-encoded postings with positive integer weights and a short vocabulary', () => {
    for (const list of Object.values(index.postings)) {
      expect(list.length % 2).toBe(0);
      expect(list.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    }
    expect(index.postings['t:crying']?.length).toBeGreaterThan(0);
    expect(index.vocab.length).toBeLessThan(5000);
    expect(index.vocab).not.toContain('passage');
    expect(index.regionAreas.gummersbach).toEqual(['gummersbach', 'deutschland']);
    expect(index.regionAreas.kaufbeuren).toEqual(['kaufbeuren', 'bayern', 'deutschland']);
  });

  it('ranks a name match above a description match (field weights)', () => {
    const data = loadMatchingData();
    const inName = makeOffer({ id: 'a-name', name: 'Stillcafé', description: 'Treffen für Eltern.' });
    const inText = makeOffer({ id: 'b-text', name: 'Elterntreff', description: 'Mit Stillcafé am Montag.' });
    const filler = Array.from({ length: 8 }, (_, i) =>
      makeOffer({ id: `filler-${i}`, name: `Beratung ${i}` }),
    );
    const all = [inText, inName, ...filler];
    const small = buildSearchIndex({ offers: all, ...data });
    const ids = createSearcher(all, small)
      .search({ text: 'stillcafe', region: 'kaufbeuren' })
      .results.map((m) => m.id);
    expect(ids.slice(0, 2)).toEqual(['a-name', 'b-text']);
  });

  it('skips index entries whose offer is missing and never finds offers the index lacks', () => {
    const extra = makeOffer({ id: 'not-indexed', name: 'Schreibaby Extra' });
    const searcher = createSearcher([...offers.slice(1), extra], index);
    const ids = searcher
      .search({ text: 'Schreibaby' }, { limit: Number.POSITIVE_INFINITY })
      .results.map((m) => m.id);
    expect(ids).not.toContain('not-indexed');
    expect(ids).not.toContain(offers[0]?.id);
  });
});
