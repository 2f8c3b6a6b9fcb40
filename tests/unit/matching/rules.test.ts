import { describe, expect, it } from 'vitest';
import { makeOffer } from '../../fixtures/builders.ts';
import { kokiIn, matchedIds, offerIn, searcherFor } from '../../fixtures/small-catalogue.ts';

const ALL = { limit: Number.POSITIVE_INFINITY };

describe('region scope (small catalogue)', () => {
  const debt = {
    category: 'debt-counselling' as const,
    topics: ['money'],
    description: 'Schuldnerberatung.',
  };
  const offers = [
    offerIn('deutschland', { id: 'debt-de', name: 'Schuldnerberatung Bund', ...debt }),
    offerIn('bayern', { id: 'debt-by', name: 'Schuldnerberatung Bayern', ...debt }),
    offerIn('kaufbeuren', { id: 'debt-kf', name: 'Schuldnerberatung Kaufbeuren', ...debt }),
    offerIn('gummersbach', { id: 'debt-gm', name: 'Schuldnerberatung Gummersbach', ...debt }),
  ];
  const searcher = searcherFor(offers);
  const ids = (region?: 'gummersbach' | 'coburg-stadt' | 'kaufbeuren') =>
    matchedIds(searcher.search({ text: 'Schuldnerberatung', region }, ALL));

  it('lists the own region first, then wide-area services, never a neighbour region', () => {
    expect(ids('gummersbach')).toEqual(['debt-gm', 'debt-de']);
    expect(ids('kaufbeuren')[0]).toBe('debt-kf');
  });

  it('shows Bavaria-wide services only to Bavarian regions', () => {
    expect(ids('coburg-stadt')).toEqual(expect.arrayContaining(['debt-by', 'debt-de']));
    expect(ids('gummersbach')).not.toContain('debt-by');
  });

  it('without a region or place shows wide-area services only', () => {
    expect(new Set(ids())).toEqual(new Set(['debt-de', 'debt-by']));
  });
});

describe('mode filters (small catalogue)', () => {
  const advice = { description: 'Beratung für Eltern.' };
  const searcher = searcherFor([
    offerIn('kaufbeuren', { id: 'phone', modes: ['phone'], ...advice }),
    offerIn('kaufbeuren', { id: 'phone-anon', modes: ['phone', 'anonymous'], ...advice }),
    offerIn('kaufbeuren', { id: 'visit-anon', modes: ['in-person', 'anonymous'], free: false, ...advice }),
  ]);
  const ids = (modes: string[]) =>
    new Set(matchedIds(searcher.search({ text: 'Beratung', region: 'kaufbeuren', modes }, ALL)));

  it('any chosen way of contact will do', () => {
    expect(ids(['phone', 'in-person'])).toEqual(new Set(['phone', 'phone-anon', 'visit-anon']));
    expect(ids(['phone'])).toEqual(new Set(['phone', 'phone-anon']));
  });

  it('every chosen condition must hold', () => {
    expect(ids(['anonymous'])).toEqual(new Set(['phone-anon', 'visit-anon']));
    expect(ids(['anonymous', 'free'])).toEqual(new Set(['phone-anon']));
    expect(ids(['phone', 'anonymous'])).toEqual(new Set(['phone-anon']));
  });
});

describe('stage (small catalogue)', () => {
  const same = { name: 'Familienberatung', description: 'Beratung für Familien.' };
  const searcher = searcherFor([
    offerIn('coburg-stadt', { id: 'for-pregnant', stages: ['pregnant'], ...same }),
    offerIn('coburg-stadt', { id: 'for-babies', stages: ['baby-0-1'], ...same }),
    offerIn('coburg-stadt', { id: 'for-all', stages: [], ...same }),
  ]);
  const ids = (stage?: string) =>
    matchedIds(searcher.search({ text: 'Familienberatung', region: 'coburg-stadt', stage }, ALL));

  it('reorders by stage and never adds or removes a match', () => {
    expect(ids('pregnant')[0]).toBe('for-pregnant');
    expect(ids('baby-0-1')[0]).toBe('for-babies');
    expect(new Set(ids('pregnant'))).toEqual(new Set(ids()));
    expect(ids()).toHaveLength(3);
  });
});

describe('audience (small catalogue)', () => {
  const searcher = searcherFor([
    offerIn('ostallgaeu', { id: 'parents', name: 'Erziehungsberatung', audiences: ['parents'] }),
    offerIn('ostallgaeu', { id: 'pros', name: 'Erziehungsberatung Netzwerk', audiences: ['professionals'] }),
    offerIn('ostallgaeu', { id: 'kids', name: 'Erziehungsberatung Kinder', audiences: ['children'] }),
  ]);
  const ids = (audience?: string) =>
    matchedIds(searcher.search({ text: 'Erziehungsberatung', region: 'ostallgaeu', audience }, ALL));

  it('a parent never sees a children-only or professionals-only offer', () => {
    expect(ids()).toEqual(['parents']);
  });

  it('a professional sees the offers for professionals first', () => {
    expect(ids('professionals')[0]).toBe('pros');
    expect(ids('professionals')).not.toContain('kids');
  });
});

describe('never a dead end (small catalogue)', () => {
  const offers = [
    kokiIn('ostallgaeu'),
    kokiIn('kaufbeuren'),
    offerIn('ostallgaeu', { id: 'midwife', name: 'Familienhebamme', category: 'midwife-family-support' }),
    offerIn('deutschland', { id: 'hotline', name: 'Elternhotline', category: 'hotline', phones: [] }),
  ];
  const searcher = searcherFor(offers);

  it('an empty query lists the whole scope, the KoKi first', () => {
    const r = searcher.search({ region: 'ostallgaeu' }, ALL);
    expect(r.fallback).toBe(false);
    expect(r.results[0]?.id).toBe('koki-ostallgaeu');
    expect(new Set(r.results.map((m) => m.id))).toEqual(new Set(['koki-ostallgaeu', 'hotline', 'midwife']));
  });

  it('when something matched, the family’s own KoKi is listed after it', () => {
    const r = searcher.search({ text: 'Familienhebamme', region: 'ostallgaeu' }, ALL);
    expect(r.results.map((m) => m.id)).toEqual(['midwife', 'koki-ostallgaeu']);
    expect(r.results[1]?.reasons).toContainEqual({ key: 'reason.fallback' });
  });

  it('when nothing matched, the results are the region’s KoKi and the wide-area hotlines', () => {
    const r = searcher.search({ text: 'xqzv', region: 'kaufbeuren' }, ALL);
    expect(r.fallback).toBe(true);
    expect(r.results.map((m) => m.id)).toEqual(['koki-kaufbeuren', 'hotline']);
  });

  it('limits the list but counts every match', () => {
    const r = searcher.search({ region: 'ostallgaeu' }, { limit: 2 });
    expect(r.results).toHaveLength(2);
    expect(r.total).toBe(3);
  });
});

describe('field weights (small catalogue)', () => {
  it('ranks a name match above a description match', () => {
    const inName = makeOffer({ id: 'b-name', name: 'Stillcafé', description: 'Treffen für Eltern.' });
    const inText = makeOffer({ id: 'a-text', name: 'Elterntreff', description: 'Mit Stillcafé am Montag.' });
    const r = searcherFor([inText, inName]).search({ text: 'stillcafe', region: 'kaufbeuren' });
    expect(matchedIds(r)).toEqual(['b-name', 'a-text']);
  });
});
