import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../../src/matching/index.ts';
import { editDistance, fuzzyPlacesInTokens } from '../../../src/matching/places.ts';
import { realData, topIds } from './real-data.ts';

describe('resolvePlace', () => {
  const { places, index } = realData();

  it.each([
    ['87629', 'ostallgaeu', 'Füssen'],
    ['96450', 'coburg-stadt', 'Coburg'],
    ['51645', 'gummersbach', 'Gummersbach'],
    ['Füssen', 'ostallgaeu', 'Füssen'],
    ['fussen', 'ostallgaeu', 'Füssen'],
    ['FUESSEN', 'ostallgaeu', 'Füssen'],
    ['Kaufbeuren-Oberbeuren', 'kaufbeuren', 'Kaufbeuren'],
    ['Marktoberdorff', 'ostallgaeu', 'Marktoberdorf'],
    ['Kaufbeu', 'kaufbeuren', 'Kaufbeuren'],
    ['Neustadt bei Coburg', 'coburg-land', 'Neustadt b. Coburg'],
    ['Bad Rodach', 'coburg-land', 'Bad Rodach'],
    ['Ich wohne in Buchloe', 'ostallgaeu', 'Buchloe'],
    ['Wald', 'ostallgaeu', 'Wald'],
  ])('%j → %s (%s)', (text, region, place) => {
    expect(resolvePlace(text, places)).toEqual({ region, place });
  });

  it('also reads the index place table, with its aliases', () => {
    expect(resolvePlace('Wüstenahorn', index.places)?.region).toBe('coburg-stadt');
    expect(resolvePlace('Oberbergischer Kreis', index.places)?.region).toBe('gummersbach');
    expect(resolvePlace('Wald', index.places)?.region).toBe('ostallgaeu');
  });

  it.each(['', '   ', '12345', 'Berlin', '😀', 'x'.repeat(10_000)])('%j is no place of ours', (text) => {
    expect(resolvePlace(text, places)).toBeNull();
  });
});

describe('places in the search text', () => {
  const { searcher } = realData();

  it('sets the region when none is given', () => {
    const r = searcher.search({ text: 'stillberatung füssen' });
    expect(r.region).toBe('ostallgaeu');
    expect(r.results[0]?.id).toBe('awo-familienforum-fuessen');
  });

  it('a place naming another region counts as asking for it', () => {
    const r = searcher.search({ text: 'frauenhaus coburg', region: 'kaufbeuren' });
    expect(r.namedRegions).toContain('coburg-stadt');
    expect(r.results.map((m) => m.id)).toContain('frauenhaus-coburg');
  });

  it('a common word that is also a place name is not read as a place in free text', () => {
    expect(searcher.search({ text: 'spaziergang im wald' }).namedRegions).toEqual([]);
  });
});

describe('typos in place names inside free text', () => {
  it.each([
    ['kaufbeuren', 'kaufbeuren', 0],
    ['kaufbeurn', 'kaufbeuren', 1],
    ['kaufbuereen', 'kaufbeuren', 2],
    ['marktoberdorff', 'marktoberdorf', 1],
    ['coburg', 'hamburg', 3],
  ])('editDistance(%s, %s) = %i (capped)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d);
  });

  it('measures a typed answer against the closest part of a name when asked to (within)', () => {
    expect(editDistance('kaufbeu', 'kaufbeuren', 2, true)).toBe(0);
    expect(editDistance('beuern', 'kaufbeuren', 2, true)).toBe(1);
    expect(editDistance('kaufbeu', 'kaufbeuren', 2)).toBe(3);
  });

  it('finds a misspelt place by stem even when the word is known, and by edits only when it is not', () => {
    const entries = [
      { key: 'kaufbeuren', name: 'Kaufbeuren', region: 'kaufbeuren' as const },
      { key: 'marktoberdorf', name: 'Marktoberdorf', region: 'ostallgaeu' as const },
    ];
    const open = () => true;
    expect(fuzzyPlacesInTokens(['kaufbeurn'], open, () => false, entries).map((h) => h.place.name)).toEqual([
      'Kaufbeuren',
    ]);
    expect(fuzzyPlacesInTokens(['marktoberdorff'], open, () => false, entries)).toEqual([]);
    expect(
      fuzzyPlacesInTokens(['marktoberdorff'], open, () => true, entries).map((h) => h.place.name),
    ).toEqual(['Marktoberdorf']);
    expect(fuzzyPlacesInTokens(['beratung'], open, () => true, entries)).toEqual([]);
  });

  it('makes "schwangerschaftsberatung kaufbeuern" a search in Kaufbeuren', () => {
    const result = realData().searcher.search({ text: 'schwangerschaftsberatung kaufbeuern' });
    expect(result.region).toBe('kaufbeuren');
    expect(topIds(result, 3)).toContain('donum-vitae-kaufbeuren');
  });
});
