import { describe, expect, it } from 'vitest';
import { loadMatchingData, loadOffers } from '../../../scripts/lib/load-offers.ts';
import type { Offer } from '../../../src/catalogue/index.ts';
import { buildSearchIndex, createSearcher, type SearchIndex } from '../../../src/matching/index.ts';
import { indexFor, offerIn, playgroups } from '../../fixtures/small-catalogue.ts';
import { realData } from '../regression/real-data.ts';

/** Tests that work through the whole real data set get a minute, as build-catalogue's do, not vitest's 5 s. */
const WHOLE_DATA = { timeout: 60_000 };

describe('buildSearchIndex', WHOLE_DATA, () => {
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

  it('skips index entries whose offer is missing and never finds offers the index lacks', () => {
    // Wide-area offers, so that a search without a place could list every one of them.
    const gone = offerIn('deutschland', { id: 'indexed-gone', name: 'Schreibaby Ambulanz' });
    const kept = offerIn('deutschland', { id: 'indexed-kept', name: 'Schreibaby Beratung' });
    const extra = offerIn('deutschland', { id: 'not-indexed', name: 'Schreibaby Extra' });
    const ids = (catalogue: Offer[], indexed: Offer[]) =>
      createSearcher([...catalogue, ...playgroups()], indexFor([...indexed, ...playgroups()]))
        .search({ text: 'Schreibaby' }, { limit: Number.POSITIVE_INFINITY })
        .results.map((m) => m.id);
    expect(ids([extra, kept], [extra, kept])).toEqual(
      expect.arrayContaining(['not-indexed', 'indexed-kept']),
    );
    const mismatched = ids([extra, kept], [gone, kept]);
    expect(mismatched).toContain('indexed-kept');
    expect(mismatched).not.toContain('not-indexed');
    expect(mismatched).not.toContain('indexed-gone');
  });
});
