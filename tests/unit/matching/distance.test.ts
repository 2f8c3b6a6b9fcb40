import { beforeAll, describe, expect, it } from 'vitest';
import { loadSearchData } from '../../../scripts/lib/load-offers.ts';
import { createSearcher, type Searcher } from '../../../src/matching/index.ts';

let searcher: Searcher;
beforeAll(() => {
  const { offers, index } = loadSearchData();
  searcher = createSearcher(offers, index);
}, 60_000);

const centres = (r: ReturnType<Searcher['search']>) =>
  r.results.filter(
    (m) => m.offer.category === 'family-centre' && /Familien(stützpunkt|forum)/.test(m.offer.name),
  );

describe('nearest first among equals', () => {
  it('from Buchloe: Buchloe first and Füssen (about 50 km, known only by the town in its name) last', () => {
    const list = centres(
      searcher.search({ text: 'Familienstützpunkt', region: 'ostallgaeu', place: 'Buchloe' }),
    );
    expect(list.map((m) => m.id)[0]).toBe('familienstuetzpunkt-buchloe');
    const fuessen = list.find((m) => m.id === 'awo-familienforum-fuessen');
    expect(list.at(-1)?.id).toBe('awo-familienforum-fuessen');
    expect(fuessen?.distancePrecision).toBe('town-in-name');
    expect(fuessen?.distanceKm).toBeGreaterThan(45);
    expect(fuessen?.distanceKm).toBeLessThan(60);
  });

  it('from Füssen the order turns: Marktoberdorf (24 km) before Buchloe (52 km)', () => {
    const ids = centres(
      searcher.search({ text: 'Familienstützpunkt', region: 'ostallgaeu', place: 'Füssen' }),
    ).map((m) => m.id);
    expect(ids[0]).toBe('awo-familienforum-fuessen');
    expect(ids.indexOf('familienstuetzpunkt-marktoberdorf')).toBeLessThan(
      ids.indexOf('familienstuetzpunkt-buchloe'),
    );
  });

  it('a town named in the text counts as the family’s town; without a town there is no distance', () => {
    const named = searcher.search({ text: 'Familienstützpunkt in Füssen', region: 'ostallgaeu' });
    expect(named.results.find((m) => m.id === 'familienstuetzpunkt-buchloe')?.distanceKm).toBeGreaterThan(45);
    const none = searcher.search({ text: 'Familienstützpunkt', region: 'ostallgaeu' });
    expect(none.results.every((m) => m.distanceKm === undefined)).toBe(true);
  });

  it('a hotline without a place gets no distance and loses nothing by it', () => {
    const r = searcher.search({ text: 'Schreibaby', region: 'ostallgaeu', place: 'Buchloe' });
    const hotline = r.results.find((m) => m.id === 'elternsein-schreiambulanz-suche');
    expect(hotline?.distanceKm).toBeUndefined();
    expect(hotline?.explain.distance).toBeUndefined();
  });
});
