import { describe, expect, it } from 'vitest';
import { realData, topIds } from './real-data.ts';

describe('safety first', () => {
  const { searcher } = realData();

  it.each([
    ['ich habe mein baby geschüttelt', 'notruf-112'],
    ['er schlägt mich', 'notruf-110'],
    ['kocam beni dövüyor', 'notruf-110'],
    ['muzh byot menya', 'notruf-110'],
    ['zawji yadribuni', 'notruf-110'],
    ['he hits me', 'notruf-110'],
    ['mein kind hat tabletten verschluckt', 'giftnotruf-muenchen'],
  ])('%j puts emergency help first', (text, first) => {
    const r = searcher.search({ text, region: 'coburg-stadt' });
    expect(r.safety).toBe(true);
    expect(r.results[0]?.id).toBe(first);
    expect(r.results[0]?.reasons[0]).toEqual({ key: 'reason.safety' });
  });

  it('suicidal thoughts put the crisis lines first, whatever else matches', () => {
    const r = searcher.search({ text: 'stillberatung ich will nicht mehr leben', region: 'ostallgaeu' });
    expect(r.safety).toBe(true);
    expect(topIds(r, 2)).toEqual(expect.arrayContaining(['krisendienst-bayern', 'telefonseelsorge']));
  });

  it('"ich kann nicht mehr" brings a helpline to the top but keeps the matching offers close', () => {
    const r = searcher.search({ text: 'mein baby schreit und ich kann nicht mehr', region: 'kaufbeuren' });
    expect(r.signal).toMatchObject({ kind: 'overwhelm', level: 'net' });
    expect(r.netLines[0]?.category).toBe('hotline');
    expect(topIds(r)).toContain('schreibaby-beratung-bayern');
  });

  it('safety ignores mode filters but not the region', () => {
    const r = searcher.search({ text: 'er schlägt mich', region: 'gummersbach', modes: ['group'] });
    expect(r.results[0]?.id).toBe('notruf-110');
    expect(r.results.map((m) => m.id)).not.toContain('frauenhaus-coburg');
  });

  it('an urgent query (questionnaire "in danger") puts the emergency numbers first', () => {
    const r = searcher.search({ urgent: true, region: 'kaufbeuren' });
    expect(r.safety).toBe(true);
    expect(topIds(r, 2).sort()).toEqual(['notruf-110', 'notruf-112']);
  });

  it('plain questions raise no alarm', () => {
    // "polizei war da wegen streit" is no plain question since danger is read by meaning: a police call-out over a
    // fight at home brings the police line (tests/unit/regression/danger-table.test.ts).
    for (const text of ['stillberatung', 'frauenhaus coburg', 'krabbelgruppe']) {
      expect(searcher.search({ text, region: 'coburg-stadt' }).safety).toBe(false);
    }
  });
});

describe('never a dead end', () => {
  const { searcher } = realData();

  it('nothing matching gives the KoKi and the hotlines, marked as fallback', () => {
    const r = searcher.search({ text: 'xqzv blorf', region: 'coburg-land' });
    expect(r.fallback).toBe(true);
    expect(r.results[0]?.id).toBe('fachstelle-fruehe-hilfen-landkreis-coburg');
    expect(r.results.length).toBeGreaterThan(1);
    expect(r.results.slice(1).every((m) => m.offer.category === 'hotline')).toBe(true);
    expect(r.results.every((m) => m.reasons[0]?.key === 'reason.fallback')).toBe(true);
  });

  it('without a region the fallback is the wide-area hotlines', () => {
    const r = searcher.search({ text: 'xqzv' });
    expect(r.fallback).toBe(true);
    expect(r.results.length).toBeGreaterThan(2);
    expect(r.results.every((m) => m.offer.category === 'hotline')).toBe(true);
  });

  it('the family KoKi is always listed when something matched', () => {
    const r = searcher.search(
      { text: 'schreiambulanz', region: 'gummersbach' },
      { limit: Number.POSITIVE_INFINITY },
    );
    const koki = r.results.find((m) => m.id === 'fruehe-hilfen-gummersbach');
    expect(koki?.reasons.map((x) => x.key)).toContain('reason.fallback');
  });
});
