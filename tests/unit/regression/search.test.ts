import { describe, expect, it } from 'vitest';
import { realData, topIds } from './real-data.ts';

describe('synonyms and languages', () => {
  const { searcher } = realData();

  it.each([
    ['Dreimonatskoliken', 'Schreien und Unruhe'],
    ['kann nicht mehr', 'Überforderung und Erschöpfung'],
    ['kein Geld für Windeln', 'Geld und Ausstattung'],
    ['my baby cries all the time', 'Schreien und Unruhe'],
    ['hamileyim', 'Schwangerschaft'],
    ['أنا حامل', 'Schwangerschaft'],
    ['ana hamil', 'Schwangerschaft'],
    ['я беременна', 'Schwangerschaft'],
    ['beremennaya', 'Schwangerschaft'],
    ['вагітна', 'Schwangerschaft'],
    ['muzh byot', 'Gewalt und Bedrohung'],
    ['زوجي يضربني', 'Gewalt und Bedrohung'],
    ['нет денег', 'Geld und Ausstattung'],
  ])('%j is understood as %s', (text, topic) => {
    expect(searcher.search({ text }).understood).toContain(topic);
  });

  it('"ich brauche" carries no need: asking for an interpreter does not rank a shelter first', () => {
    const result = searcher.search({ text: 'Ich brauche einen Dolmetscher', region: 'kaufbeuren' });
    expect(result.understood).not.toContain('Sucht');
    expect(topIds(result, 1)).toEqual(['elterntalk-kaufbeuren']);
  });

  it('a language word finds offers in that language', () => {
    const ids = topIds(searcher.search({ text: 'arabisch', region: 'coburg-stadt' }), 3);
    expect(ids).toContain('amal-frauenprojekt-caritas-coburg');
    expect(ids).toContain('globus-wuestenahorn-caritas-coburg');
  });

  it('tolerates typos and splits compounds', () => {
    expect(topIds(searcher.search({ text: 'kinderschutzbund kaufbeueren' }), 1)).toEqual([
      'kinderschutzbund-kaufbeuren',
    ]);
    expect(topIds(searcher.search({ text: 'stilberatung', region: 'ostallgaeu' }), 1)).toEqual([
      'awo-familienforum-fuessen',
    ]);
    const conflict = topIds(
      searcher.search({ text: 'schwangerschaftskonfliktberatung', region: 'gummersbach' }),
      3,
    );
    expect(conflict).toContain('awo-schwangerschaftsberatung-bergneustadt');
  });
});

describe('region and filters', () => {
  const { searcher } = realData();

  it('lists the own region before wide-area services and never a neighbour region', () => {
    const r = searcher.search(
      { text: 'schuldnerberatung', region: 'gummersbach' },
      { limit: Number.POSITIVE_INFINITY },
    );
    const ranked = { results: r.results.filter((m) => !m.block) };
    // every() holds for an empty list: the length checks keep these from passing on no results.
    expect(topIds(ranked, 3)).toHaveLength(3);
    expect(topIds(ranked, 3).every((id) => id.includes('schuldnerberatung'))).toBe(true);
    expect(
      r.results.every((m) => m.offer.areas.some((a) => ['gummersbach', 'deutschland'].includes(a))),
    ).toBe(true);
  });

  it('shows Bavaria-wide services only to Bavarian regions', () => {
    const ids = (region: 'gummersbach' | 'coburg-stadt') =>
      searcher
        .search({ text: 'psychische krise', region }, { limit: Number.POSITIVE_INFINITY })
        .results.map((m) => m.id);
    expect(ids('coburg-stadt')).toContain('krisendienst-bayern');
    expect(ids('gummersbach')).not.toContain('krisendienst-bayern');
  });

  it('without a place shows wide-area services only', () => {
    const r = searcher.search({ text: 'schuldnerberatung' }, { limit: Number.POSITIVE_INFINITY });
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.results.every((m) => m.offer.areas.some((a) => a === 'deutschland' || a === 'bayern'))).toBe(
      true,
    );
  });

  it('mode filters: any chosen way of contact, every chosen condition', () => {
    const r = searcher.search({ text: 'beratung', region: 'kaufbeuren', modes: ['anonymous', 'phone'] });
    expect(r.results.length).toBeGreaterThan(0);
    for (const m of r.results) expect(m.offer.modes).toEqual(expect.arrayContaining(['anonymous', 'phone']));
  });

  it('topics alone search, a stage only reorders', () => {
    const r = searcher.search({ topics: ['crying'], region: 'kaufbeuren' });
    expect(r.results[0]?.offer.topics).toContain('crying');
    const plain = searcher.search(
      { text: 'familie', region: 'coburg-stadt' },
      { limit: Number.POSITIVE_INFINITY },
    );
    const staged = searcher.search(
      { text: 'familie', region: 'coburg-stadt', stage: 'pregnant' },
      { limit: Number.POSITIVE_INFINITY },
    );
    expect(new Set(staged.results.map((m) => m.id))).toEqual(new Set(plain.results.map((m) => m.id)));
  });

  it('an empty query lists the region, the KoKi first', () => {
    const r = searcher.search({ region: 'ostallgaeu' });
    expect(r.fallback).toBe(false);
    expect(r.results[0]?.id).toBe('koki-ostallgaeu');
  });

  it('limits the list but counts every match', () => {
    const r = searcher.search({ region: 'coburg-stadt' }, { limit: 3 });
    expect(r.results).toHaveLength(3);
    expect(r.total).toBeGreaterThan(3);
  });
});
