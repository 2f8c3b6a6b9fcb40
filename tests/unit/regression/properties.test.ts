import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONDITION_MODES, MODE_IDS, type Query, type SearchResult } from '../../../src/matching/index.ts';
import { realData } from './real-data.ts';

/** Tests that work through the whole real data set get a minute, as build-catalogue's do, not vitest's 5 s. */
const WHOLE_DATA = { timeout: 60_000 };

const { offers, index, searcher } = realData();
const ALL = { limit: Number.POSITIVE_INFINITY };
const ids = new Set(offers.map((o) => o.id));
const REGIONS = Object.keys(index.regionAreas) as NonNullable<Query['region']>[];
const WORDS = [
  ...index.phrases.filter((_, i) => i % 7 === 0).map((p) => p.show),
  ...offers.flatMap((o) => o.name.split(/\s+/)).slice(0, 200),
  'Coburg',
  'Füssen',
  '87600',
  'und',
  'ich',
  'nicht',
  'hilfe',
  'kann nicht mehr',
  'geschüttelt',
];

/** Free text made of real vocabulary, noise, or both. */
const text = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 40 }),
  fc
    .tuple(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 10 }))
    .map(([a, b]) => `${a} ${b}`),
);
const query = fc.record(
  {
    text,
    region: fc.constantFrom(...REGIONS),
    stage: fc.constantFrom('pregnant', 'baby-0-1', 'toddler-1-3'),
    topics: fc.subarray(Object.keys(index.labels.topics), { maxLength: 3 }),
    modes: fc.subarray([...MODE_IDS], { maxLength: 3 }),
    lang: fc.constantFrom('de', 'tr', 'ar', 'ru', 'uk'),
  },
  { requiredKeys: [] },
);

const matched = (r: SearchResult) =>
  r.results.filter((m) => !m.block && !m.reasons.some((x) => x.key === 'reason.fallback')).map((m) => m.id);
const every = (r: SearchResult) => new Set(r.results.map((m) => m.id));

describe('search never throws', WHOLE_DATA, () => {
  it.each([
    ['any UTF-16 string', fc.string({ unit: 'binary', maxLength: 200 })],
    ['any grapheme string', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['long strings', fc.string({ minLength: 1000, maxLength: 12_000 })],
  ])('on %s', (_, arb) => {
    fc.assert(
      fc.property(arb, (t) => {
        const r = searcher.search({ text: t, region: 'kaufbeuren' });
        expect(Array.isArray(r.results)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('on junk queries from anywhere (wrong types, unknown ids)', () => {
    const junk = fc.record({
      text: fc.anything(),
      region: fc.oneof(fc.anything(), fc.constantFrom(...REGIONS)),
      stage: fc.anything(),
      topics: fc.oneof(fc.anything(), fc.array(fc.string())),
      modes: fc.oneof(fc.anything(), fc.array(fc.constantFrom(...MODE_IDS, 'x'))),
      lang: fc.anything(),
    });
    fc.assert(
      fc.property(junk, (q) => void searcher.search(q as Query)),
      { numRuns: 150 },
    );
  });

  it.each([
    '',
    '😀🙈👶🏽',
    'مرحبا، أنا حامل وأحتاج مساعدة',
    'ש שלום \u202Eabc',
    '\u0000\u0007\u001b[31m',
    "'; DROP TABLE offers; --",
    '<script>alert(1)</script><b>hilfe</b>',
    'a'.repeat(10_000),
    'schreibaby '.repeat(1000),
  ])('on %j', (t) => {
    expect(() => searcher.search({ text: t })).not.toThrow();
  });
});

describe('result properties', () => {
  it('results are offers of the catalogue, without duplicates, ranked by score then id', () => {
    fc.assert(
      fc.property(query, (q) => {
        const r = searcher.search(q, ALL);
        const list = r.results.map((m) => m.id);
        expect(new Set(list).size).toBe(list.length);
        for (const id of list) expect(ids.has(id)).toBe(true);
        if (!r.fallback) {
          const ranked = r.results.filter((m) => !m.block);
          for (let i = 1; i < ranked.length; i += 1) {
            const [a, b] = [ranked[i - 1], ranked[i]] as [(typeof ranked)[0], (typeof ranked)[0]];
            expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same query twice gives the same ids and scores', () => {
    fc.assert(
      fc.property(query, (q) => {
        const a = searcher.search(q, ALL).results.map((m) => [m.id, m.score]);
        expect(searcher.search(q, ALL).results.map((m) => [m.id, m.score])).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it('adding mode filters never adds a matched result', () => {
    const modes = fc.subarray([...MODE_IDS], { minLength: 1 });
    fc.assert(
      fc.property(query, modes, (q, m) => {
        const base = { ...q, modes: [] };
        const before = every(searcher.search(base, ALL));
        for (const id of matched(searcher.search({ ...base, modes: m }, ALL)))
          expect(before.has(id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('adding a condition (anonymous, free, other language) to chosen modes never adds a matched result', () => {
    fc.assert(
      fc.property(query, fc.constantFrom(...CONDITION_MODES), (q, c) => {
        const before = every(searcher.search(q, ALL));
        const narrower = { ...q, modes: [...new Set([...(q.modes ?? []), c])] };
        for (const id of matched(searcher.search(narrower, ALL))) expect(before.has(id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a stage only reorders: it never adds or removes a match (the safety block may pick other 24/7 services)', () => {
    fc.assert(
      fc.property(query, fc.constantFrom('pregnant', 'baby-0-1', 'toddler-1-3'), (q, stage) => {
        const { stage: _, ...without } = q;
        const [a, b] = [searcher.search(without, ALL), searcher.search({ ...without, stage }, ALL)];
        for (const id of matched(b)) expect(every(a).has(id)).toBe(true);
        for (const id of matched(a)) expect(every(b).has(id)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a region never shows another region’s local offer unless the text names a place there', () => {
    fc.assert(
      fc.property(query, fc.constantFrom(...REGIONS), (q, region) => {
        const r = searcher.search({ ...q, region }, ALL);
        const allowed = new Set<string>([
          ...(index.regionAreas[region] ?? []),
          ...r.namedRegions.flatMap((n) => index.regionAreas[n] ?? []),
        ]);
        for (const m of r.results) expect(m.offer.areas.some((a) => allowed.has(a))).toBe(true);
        if (r.namedRegions.length === 0) {
          for (const m of r.results)
            expect(m.offer.areas.some((a) => (index.regionAreas[region] ?? []).includes(a))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
