import { describe, expect, it } from 'vitest';
import { reasonText } from '../../../scripts/lib/reason-text.ts';
import { REASON_KEYS } from '../../../src/matching/index.ts';
import { realData } from './real-data.ts';

describe('reasons', () => {
  const { searcher } = realData();
  const queries = [
    { text: 'Schreibaby', region: 'kaufbeuren' as const, stage: 'baby-0-1' },
    { text: 'arabisch kostenlos', region: 'coburg-stadt' as const },
    { text: 'nachts fieber' },
    { text: 'er schlägt mich', region: 'gummersbach' as const },
    { text: 'xqzv', region: 'ostallgaeu' as const },
    {
      topics: ['money'],
      modes: ['free', 'phone'],
      region: 'coburg-land' as const,
      audience: 'professionals',
    },
    { text: 'Schuldnerberatung', region: 'gummersbach' as const },
  ];

  it('every result carries reasons with known keys and complete German texts', () => {
    for (const q of queries) {
      for (const m of searcher.search(q).results) {
        expect(m.reasons.length).toBeGreaterThan(0);
        for (const r of m.reasons) {
          expect(REASON_KEYS).toContain(r.key);
          expect(reasonText(r)).not.toMatch(/\{\{|reason\./);
        }
      }
    }
  });

  it('says which words, topics, region, stage and modes matched', () => {
    const top = searcher.search(queries[0] as never).results.find((m) => m.id === 'koki-stadt-kaufbeuren');
    expect(top?.reasons).toEqual(
      expect.arrayContaining([
        { key: 'reason.topic', params: { topic: 'Schreien und Unruhe' } },
        { key: 'reason.servesRegion', params: { region: 'Stadt Kaufbeuren' } },
        { key: 'reason.stage', params: { stage: 'Baby unter 1 Jahr' } },
      ]),
    );
    const wide = searcher.search({ text: 'Schreibaby-Ambulanz' }).results[0];
    expect(wide?.reasons).toContainEqual({ key: 'reason.wideArea', params: { area: 'Deutschland' } });
    const free = searcher.search(queries[1] as never).results[0];
    expect(free?.reasons).toEqual(
      expect.arrayContaining([
        { key: 'reason.free' },
        { key: 'reason.language', params: { language: 'Arabisch' } },
      ]),
    );
  });

  it('the score is explained by its parts', () => {
    const m = searcher.search({ text: 'frühchen nachsorge', region: 'coburg-stadt' }).results[0];
    expect(m?.explain.relevance).toBeGreaterThan(0);
    expect(m?.explain.region).toBe(1.3);
    const product = Object.entries(m?.explain ?? {})
      .filter(([k]) => k !== 'coverage')
      .reduce((s, [, v]) => s * v, 1);
    expect(product).toBeCloseTo(m?.score ?? 0, 1);
  });

  it('renders parameters through the German locale, and unknown keys as themselves', () => {
    expect(reasonText({ key: 'reason.servesRegion', params: { region: 'Stadt Coburg' } })).toBe(
      'Zuständig für Stadt Coburg',
    );
    expect(reasonText({ key: 'reason.unknown' as never })).toBe('reason.unknown');
  });

  it('lists exactly the reason keys the core gives (none dead, none missing)', () => {
    const given = queries.flatMap((q) =>
      searcher.search(q).results.flatMap((m) => m.reasons.map((r) => r.key)),
    );
    expect([...new Set(given)].sort()).toEqual([...REASON_KEYS].sort());
  });
});
