import { describe, expect, it } from 'vitest';
import { loadMatchingData } from '../../../scripts/lib/load-offers.ts';
import type { Offer } from '../../../src/catalogue/types.ts';
import { childsNeed } from '../../../src/matching/audience.ts';
import { buildSearchIndex, createSearcher, type Query } from '../../../src/matching/index.ts';
import { makeOffer } from '../../fixtures/builders.ts';

const wide = { areas: ['deutschland'] as Offer['areas'], service_areas: ['deutschland'] };
const offers = [
  makeOffer({
    id: 'child-line',
    name: 'Telefon für Kinder',
    category: 'hotline',
    description: 'Zum Reden bei Kummer und Erschöpfung: für Kinder und Jugendliche.',
    audiences: ['children'],
    topics: ['overwhelm'],
    ...wide,
  }),
  makeOffer({
    id: 'parent-line',
    name: 'Telefon für Eltern',
    category: 'hotline',
    description: 'Zum Reden bei Kummer und Erschöpfung: für Eltern.',
    topics: ['overwhelm'],
    ...wide,
  }),
  makeOffer({
    id: 'pro-only',
    name: 'Fallberatung',
    description: 'Anonyme Fallberatung bei Erschöpfung in Familien, nur für Fachkräfte.',
    audiences: ['professionals'],
    topics: ['overwhelm'],
  }),
  makeOffer({ id: 'a-parents', name: 'Elternberatung A', topics: ['overwhelm'] }),
  makeOffer({
    id: 'b-network',
    name: 'Elternberatung B',
    audiences: ['parents', 'professionals'],
    topics: ['overwhelm'],
  }),
  ...Array.from({ length: 6 }, (_, i) => makeOffer({ id: `filler-${i}`, topics: ['money'] })),
];
const searcher = createSearcher(offers, buildSearchIndex({ offers, ...loadMatchingData() }));
const ids = (query: Query) => searcher.search(query).results.map((m) => m.id);

describe('audiences', () => {
  it('does not offer a line for children to an exhausted parent', () => {
    const listed = ids({ text: 'ich bin erschöpft', topics: ['overwhelm'], region: 'kaufbeuren' });
    expect(listed).toContain('parent-line');
    expect(listed).not.toContain('child-line');
  });

  it('offers it when the need is the child’s own, or a child or teenager asks', () => {
    expect(ids({ text: 'mein Sohn braucht jemanden zum Reden', topics: ['overwhelm'] })).toContain(
      'child-line',
    );
    expect(ids({ text: 'ich bin Jugendliche und erschöpft' })).toContain('child-line');
    expect(ids({ topics: ['overwhelm'], audience: 'children' })).toContain('child-line');
  });

  it('lists offers only for professionals to professionals only', () => {
    expect(ids({ topics: ['overwhelm'], region: 'kaufbeuren' })).not.toContain('pro-only');
    expect(ids({ topics: ['overwhelm'], region: 'kaufbeuren', audience: 'professionals' })).toContain(
      'pro-only',
    );
    expect(ids({ text: 'Erschöpfung, ich frage als Fachkraft', region: 'kaufbeuren' })).toContain('pro-only');
  });

  it('ranks the network’s professional contacts higher when a professional asks', () => {
    const order = (q: Query) => ids(q).filter((id) => id === 'a-parents' || id === 'b-network');
    expect(order({ topics: ['overwhelm'], region: 'kaufbeuren' })).toEqual(['a-parents', 'b-network']);
    expect(order({ topics: ['overwhelm'], region: 'kaufbeuren', audience: 'professionals' })).toEqual([
      'b-network',
      'a-parents',
    ]);
  });
});

describe('childsNeed', () => {
  it('reads a baby’s crying as the parent’s need and a child who needs to talk as the child’s', () => {
    expect(childsNeed({ text: 'Mein Kind schreit die ganze Nacht' })).toBe(false);
    expect(childsNeed({ text: 'ich bin erschöpft' })).toBe(false);
    expect(childsNeed({ text: 'Meine Tochter möchte mit jemandem reden' })).toBe(true);
    expect(childsNeed({ text: 'minderjährig und schwanger' })).toBe(true);
  });
});

describe('the family’s town', () => {
  const town = [
    makeOffer({
      id: 'a-elsewhere',
      name: 'Familienstützpunkt Marktoberdorf',
      areas: ['ostallgaeu'],
      service_areas: ['09777'],
    }),
    makeOffer({
      id: 'b-in-town',
      name: 'Familienstützpunkt Buchloe',
      areas: ['ostallgaeu'],
      service_areas: ['09777'],
    }),
    makeOffer({ id: 'c-kaufbeuren', name: 'Elterncafé Kaufbeuren' }),
    makeOffer({ id: 'd-kaufbeuren', name: 'Elterncafé' }),
    ...Array.from({ length: 6 }, (_, i) => makeOffer({ id: `filler-${i}`, topics: ['money'] })),
  ];
  const s = createSearcher(town, buildSearchIndex({ offers: town, ...loadMatchingData() }));
  const top = (q: Query) => s.search(q).results.map((m) => m.id);

  it('puts an offer in the family’s own town first', () => {
    expect(top({ region: 'ostallgaeu', topics: ['parenting'] })[0]).toBe('a-elsewhere');
    expect(top({ region: 'ostallgaeu', place: 'Buchloe', topics: ['parenting'] })[0]).toBe('b-in-town');
  });

  it('ignores a town that names the whole region', () => {
    const result = s.search({ region: 'kaufbeuren', place: 'Kaufbeuren', topics: ['parenting'] });
    expect(result.results.map((m) => m.id)).toContain('c-kaufbeuren');
    expect(result.results.every((m) => m.explain.place === undefined)).toBe(true);
  });
});
