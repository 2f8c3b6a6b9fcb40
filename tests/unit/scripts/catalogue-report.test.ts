import { describe, expect, it } from 'vitest';
import { main, reportFromData } from '../../../scripts/catalogue-report.ts';
import { confirmedRecently, coverageReport } from '../../../scripts/lib/report/coverage.ts';
import { coverageMarkdown, share } from '../../../scripts/lib/report/markdown.ts';
import type { OfferRecord, Organization, RegionInfo, Taxonomy } from '../../../src/catalogue/types.ts';
import { makeOffer } from '../../fixtures/builders.ts';

const TODAY = '2026-11-25';

const REGIONS: RegionInfo[] = [
  { id: 'kaufbeuren', code: '09762', name: 'Stadt Kaufbeuren', kind: 'local' },
  { id: 'ostallgaeu', code: '09777', name: 'Landkreis Ostallgäu', kind: 'local' },
  { id: 'deutschland', code: 'deutschland', name: 'Deutschland', kind: 'wide' },
];

const term = (id: string) => ({ id, label: id });
const TAXONOMY: Taxonomy = {
  topics: ['pregnancy', 'sleep', 'money'].map(term),
  stages: [],
  audiences: [],
  modes: [],
  categories: ['koki', 'other'].map(term),
  languages: [],
};

/** A minimal offer in Kaufbeuren without any contact, as a data file holds it; tests override what matters. */
function offer(id: string, overrides: Partial<OfferRecord> = {}): OfferRecord {
  const { areas: _areas, ...record } = makeOffer({
    id,
    name: id,
    organization: { name: 'Träger' },
    category: 'other',
    topics: ['pregnancy'],
    modes: [],
    source: { url: 'https://example.org/page', date: null, confidence: 'medium', note: null },
    assured_date: TODAY,
    ...overrides,
  });
  return record;
}

function organization(id: string, overrides: Partial<Organization> = {}): Organization {
  return {
    id,
    name: id,
    phones: [],
    email: null,
    url: null,
    address: null,
    source: { url: 'https://example.org/org', date: null, confidence: 'high', note: null },
    ...overrides,
  };
}

const PHONE = { number: '+4983419070', display: '08341 9070' };

const rowOf = (report: ReturnType<typeof coverageReport>, area: string) =>
  report.rows.find((r) => r.area === area) ?? expect.fail(`no row ${area}`);

describe('coverageReport', () => {
  it('counts an offer serving two regions in both, and once among all local offers', () => {
    const offers = [offer('a', { service_areas: ['09762', '09777'] }), offer('b')];
    const report = coverageReport(offers, [], TAXONOMY, REGIONS, TODAY);
    expect(rowOf(report, 'kaufbeuren').offers).toBe(2);
    expect(rowOf(report, 'ostallgaeu').offers).toBe(1);
    expect(rowOf(report, 'local').offers).toBe(2);
  });

  it('keeps wide-area offers out of the regions', () => {
    const offers = [offer('hotline', { service_areas: ['deutschland'], phones: [PHONE] }), offer('local')];
    const report = coverageReport(offers, [], TAXONOMY, REGIONS, TODAY);
    expect(rowOf(report, 'wide-area')).toMatchObject({ offers: 1, direct: 1, topicsWithoutOffer: [] });
    expect(rowOf(report, 'local').offers).toBe(1);
  });

  it('tells direct contact from a contact through the provider', () => {
    const offers = [
      offer('direct', { email: 'info@example.org' }),
      offer('via-provider', { organization: { name: 'Stadt', id: 'stadt' } }),
      offer('provider-without-contact', { organization: { name: 'Verein', id: 'verein' } }),
      offer('unknown-provider', { organization: { name: 'X', id: 'missing' } }),
      offer('both', { url: 'https://example.org', organization: { name: 'Stadt', id: 'stadt' } }),
    ];
    const orgs = [organization('stadt', { phones: [PHONE] }), organization('verein')];
    const row = rowOf(coverageReport(offers, orgs, TAXONOMY, REGIONS, TODAY), 'kaufbeuren');
    expect(row).toMatchObject({ offers: 5, active: 5, direct: 2, provider: 2, directOrProvider: 3 });
  });

  it('leaves ended offers out of the shares but counts them', () => {
    const offers = [
      offer('ended', { end_date: '2025-06-01', phones: [PHONE] }),
      offer('ends-later', { end_date: '2027-01-01' }),
    ];
    const row = rowOf(coverageReport(offers, [], TAXONOMY, REGIONS, TODAY), 'kaufbeuren');
    expect(row).toMatchObject({ offers: 2, ended: 1, active: 1, direct: 0 });
  });

  it('counts an offer as confirmed when its source or any further source is at most three years old', () => {
    const fresh = offer('fresh', {
      source: { url: 'https://e.org', date: '2024-03', confidence: 'medium', note: null },
    });
    const further = offer('further', {
      further_sources: [{ title: 'Presse', url: 'https://e.org/p', date: '2023-12-01' }],
    });
    const old = offer('old', {
      source: { url: 'https://e.org', date: '2023-11-24', confidence: 'high', note: null },
    });
    expect([fresh, further, old].map((o) => confirmedRecently(o, TODAY))).toEqual([true, true, false]);
    expect(
      rowOf(coverageReport([fresh, further, old], [], TAXONOMY, REGIONS, TODAY), 'kaufbeuren').confirmed,
    ).toBe(2);
  });

  it('lists the topics that no active local offer covers', () => {
    const offers = [
      offer('a', { topics: ['pregnancy'] }),
      offer('b', { topics: ['money'], end_date: '2024-01-01' }),
    ];
    const report = coverageReport(offers, [], TAXONOMY, REGIONS, TODAY);
    expect(rowOf(report, 'kaufbeuren').topicsWithoutOffer).toEqual(['sleep', 'money']);
    expect(rowOf(report, 'ostallgaeu').topicsWithoutOffer).toEqual(['pregnancy', 'sleep', 'money']);
  });

  it('names the sources behind a coordination’s phone and website', () => {
    const koki = offer('koki', {
      category: 'koki',
      phones: [PHONE],
      url: 'https://koki.example.org',
      source: {
        url: 'https://e.org/koki',
        date: null,
        confidence: 'high',
        note: null,
        covers: ['/phones/0'],
      },
      further_sources: [{ title: 'Netzwerk', url: 'https://e.org/netz', covers: ['/url'] }],
    });
    const unsourced = offer('koki-2', {
      category: 'koki',
      phones: [PHONE],
      service_areas: ['09777'],
      organization: { name: 'Amt', id: 'amt' },
    });
    const orgs = [organization('amt', { url: 'https://amt.example.org' })];
    const [first, second] = coverageReport([koki, unsourced], orgs, TAXONOMY, REGIONS, TODAY).koki;
    expect(first).toMatchObject({
      id: 'koki',
      areas: ['kaufbeuren'],
      phone: '08341 9070',
      phoneSources: ['https://e.org/koki'],
      urlSources: ['https://e.org/netz'],
      reachable: true,
    });
    expect(second).toMatchObject({ id: 'koki-2', phoneSources: [], provider: 'amt', reachable: false });
  });
});

describe('coverageMarkdown', () => {
  it('prints one table row per region and one per coordination', () => {
    const offers = [
      offer('koki', { category: 'koki', phones: [PHONE], organization: { name: 'S', id: 's' } }),
    ];
    const text = coverageMarkdown(coverageReport(offers, [organization('s')], TAXONOMY, REGIONS, TODAY));
    expect(text).toContain(
      '| Stadt Kaufbeuren (`kaufbeuren`) | 1 | 0 | 1/1 (100 %) | 0/1 (0 %) | 1/1 (100 %) | 0/1 (0 %) | sleep, money |',
    );
    expect(text).toContain('| koki (`koki`) | kaufbeuren | 08341 9070 (no source) | – | – | nein |');
  });

  it('writes a dash for a share of nothing', () =>
    expect([share(0, 0), share(2, 3)]).toEqual(['–', '2/3 (67 %)']));
});

describe('the report on the real data', () => {
  it('covers the 84 local and 15 wide-area offers and the five coordinations', () => {
    const report = reportFromData(TODAY);
    expect(report.rows.find((r) => r.area === 'local')?.offers).toBe(84);
    expect(report.rows.find((r) => r.area === 'wide-area')?.offers).toBe(15);
    expect(report.koki).toHaveLength(5);
  });

  it('carries the /network matrix, whose empty cells are exactly each region’s topics without offer', () => {
    const report = reportFromData(TODAY);
    const topics = report.matrix.topics.map((t) => t.id);
    for (const row of report.matrix.rows) {
      const gaps = topics.filter((_, i) => row.counts[i] === 0);
      expect(gaps).toEqual(report.rows.find((r) => r.area === row.region)?.topicsWithoutOffer);
    }
    expect(report.matrix.rows.map((r) => r.region)).toEqual(report.rows.slice(0, 5).map((r) => r.area));
  });

  it('prints JSON with --json', () => {
    const printed: string[] = [];
    expect(main(['--json', `--today=${TODAY}`], '2000-01-01', (text) => printed.push(text))).toBe(0);
    const json = JSON.parse(printed.join('\n')) as { today: string; rows: unknown[] };
    expect(json.today).toBe(TODAY);
    expect(json.rows).toHaveLength(7);
  });
});
