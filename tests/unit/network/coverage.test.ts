import { describe, expect, it } from 'vitest';
import type { Offer, Taxonomy } from '../../../src/catalogue/index.ts';
import {
  coverageMatrix,
  recheckList,
  recheckReasons,
  topicsWithoutOffer,
} from '../../../src/network/index.ts';
import { makeOffer, REGIONS } from '../../fixtures/builders.ts';

const TODAY = '2026-11-30';
const term = (id: string) => ({ id, label: `Thema ${id}` });
const TAXONOMY: Taxonomy = {
  topics: ['pregnancy', 'sleep', 'money'].map(term),
  stages: [],
  audiences: [],
  modes: [],
  categories: [],
  languages: [],
};
const [KAUFBEUREN, OSTALLGAEU] = REGIONS as [(typeof REGIONS)[0], (typeof REGIONS)[0]];
const FRESH = { url: 'https://example.org/q', date: '2025-03', confidence: 'high', note: null } as const;
const PHONE = { number: '+4983419070', display: '08341 9070' };

const offer = (overrides: Partial<Offer>) => makeOffer({ source: FRESH, phones: [PHONE], ...overrides });
const counts = (offers: Offer[], region: string) =>
  coverageMatrix(offers, TAXONOMY, REGIONS, TODAY).rows.find((r) => r.region === region)?.counts;

describe('coverageMatrix', () => {
  it('has one row per local region and one column per topic, in the taxonomy’s order', () => {
    const matrix = coverageMatrix([], TAXONOMY, REGIONS, TODAY);
    expect(matrix.rows.map((r) => r.region)).toEqual(['kaufbeuren', 'ostallgaeu']);
    expect(matrix.topics.map((t) => t.id)).toEqual(['pregnancy', 'sleep', 'money']);
  });

  it('counts an offer serving two regions in both, per topic it has', () => {
    const offers = [
      offer({ service_areas: ['09762', '09777'], topics: ['pregnancy', 'money'] }),
      offer({ service_areas: ['09762'], topics: ['pregnancy'] }),
    ];
    expect(counts(offers, 'kaufbeuren')).toEqual([2, 0, 1]);
    expect(counts(offers, 'ostallgaeu')).toEqual([1, 0, 1]);
  });

  it('leaves out wide-area offers, offers serving a wide area too, and ended offers', () => {
    const offers = [
      offer({ service_areas: ['deutschland'], topics: ['sleep'] }),
      offer({ service_areas: ['09762', 'deutschland'], topics: ['sleep'] }),
      offer({ topics: ['sleep'], end_date: TODAY }),
      offer({ topics: ['sleep'], end_date: '2027-01-01' }),
    ];
    expect(counts(offers, 'kaufbeuren')).toEqual([0, 1, 0]);
  });

  it('names the gaps: topics without any offer', () => {
    expect(topicsWithoutOffer([offer({ topics: ['money'] })], TAXONOMY)).toEqual(['pregnancy', 'sleep']);
  });
});

describe('re-check reasons (today fixed at 2026-11-30)', () => {
  it('finds nothing to re-check in a recent, confident, directly reachable offer', () =>
    expect(recheckReasons(offer({}), TODAY)).toEqual([]));

  it('calls a source stale when every date is older than three years, and undated when none has one', () => {
    const old = { ...FRESH, date: '2023-11-29' };
    expect(recheckReasons(offer({ source: old }), TODAY)).toEqual(['stale']);
    expect(recheckReasons(offer({ source: { ...FRESH, date: '2023-11-30' } }), TODAY)).toEqual([]);
    expect(recheckReasons(offer({ source: { ...FRESH, date: null } }), TODAY)).toEqual(['undated']);
    const confirmed = { further_sources: [{ title: 'Presse', url: 'https://e.org', date: '2026-01' }] };
    expect(recheckReasons(offer({ source: old, ...confirmed }), TODAY)).toEqual([]);
  });

  it('flags low confidence and a missing direct contact', () => {
    const weak = offer({ source: { ...FRESH, confidence: 'low' }, phones: [] });
    expect(recheckReasons(weak, TODAY)).toEqual(['low-confidence', 'no-contact']);
    expect(recheckReasons(offer({ phones: [], email: 'a@b.de' }), TODAY)).toEqual([]);
  });

  it('lists a region’s active local offers with reasons, by name, with their sources', () => {
    const further = [{ title: 'Broschüre', document: 'sources/seeds/000_x.txt' }];
    const offers = [
      offer({ name: 'Zett', phones: [], further_sources: further }),
      offer({ name: 'Alpha', source: { ...FRESH, date: null } }),
      offer({ name: 'Fine' }),
      offer({ name: 'Ended', phones: [], end_date: '2026-01-01' }),
      offer({ name: 'Elsewhere', phones: [], service_areas: ['09777'] }),
    ];
    const list = recheckList(offers, KAUFBEUREN, REGIONS, TODAY);
    expect(list.map((e) => [e.name, e.reasons])).toEqual([
      ['Alpha', ['undated']],
      ['Zett', ['no-contact']],
    ]);
    expect(list[1]?.sources.map((s) => s.url ?? s.document)).toEqual([FRESH.url, 'sources/seeds/000_x.txt']);
    expect(recheckList(offers, OSTALLGAEU, REGIONS, TODAY).map((e) => e.name)).toEqual(['Elsewhere']);
  });
});
