import { describe, expect, it } from 'vitest';
import type { LocalRegionId } from '../../../src/catalogue/types.ts';
import { phoneCheck } from '../../../src/matching/call-lines.ts';
import type { SearchResult } from '../../../src/matching/index.ts';
import { realData, topIds } from './real-data.ts';

const { searcher, offers } = realData();
const search = (region: LocalRegionId, text: string): SearchResult => searcher.search({ text, region });
const phoned = new Set(offers.filter((o) => o.phones.length > 0).map((o) => o.id));

describe('danger lines by kind', () => {
  it.each([
    [
      'coburg-stadt',
      'mein Mann schlägt mich',
      ['notruf-110', 'hilfetelefon-gewalt-gegen-frauen', 'frauenhaus-coburg'],
    ],
    [
      'gummersbach',
      'er hat mich wieder geschlagen',
      ['notruf-110', 'hilfetelefon-gewalt-gegen-frauen', 'frauenhaus-oberberg'],
    ],
    [
      'kaufbeuren',
      'mein Freund tritt und schlägt mich',
      ['notruf-110', 'hilfetelefon-gewalt-gegen-frauen', 'frauenhaus-kaufbeuren-ostallgaeu'],
    ],
    [
      'ostallgaeu',
      'ich denke daran, mir das Leben zu nehmen',
      ['krisendienst-bayern', 'telefonseelsorge', 'notruf-112'],
    ],
    [
      'ostallgaeu',
      'ich habe Angst, dem Baby etwas anzutun',
      ['krisendienst-bayern', 'telefonseelsorge', 'notruf-112'],
    ],
    ['coburg-land', 'ich habe mein Baby geschüttelt', ['notruf-112']],
    ['gummersbach', 'ich will nicht mehr leben', ['telefonseelsorge', 'notruf-112']],
    ['coburg-land', 'der Vater schlägt das Kind', ['notruf-110', 'notruf-112']],
  ] as [LocalRegionId, string, string[]][])(
    '%s, %j: %j first, marked as the safety block',
    (region, text, first) => {
      const r = search(region, text);
      expect(topIds(r, first.length)).toEqual(first);
      for (const m of r.results.slice(0, first.length)) {
        expect(m.block).toBe('safety');
        expect(m.reasons[0]).toEqual({ key: 'reason.safety' });
      }
      expect(r.results.filter((m) => m.block === 'safety').length).toBeLessThanOrEqual(4);
    },
  );

  it('the Krisendienst Bayern never shows outside Bavaria', () => {
    expect(topIds(search('gummersbach', 'ich will nicht mehr leben'), 10)).not.toContain(
      'krisendienst-bayern',
    );
  });
});

describe('never a dead end: a number to call among the first three', () => {
  it.each([
    ['kaufbeuren', 'Baby schreit nachts', 'elterntelefon-nummer-gegen-kummer'],
    ['coburg-land', 'kein Geld für Windeln', 'schwangerenberatung-gesundheitsamt-coburg'],
    ['kaufbeuren', 'Stillen tut weh', 'aerztlicher-bereitschaftsdienst-116117'],
  ] as [LocalRegionId, string, string][])('%s, %j adds %s as the 2nd entry', (region, text, line) => {
    const r = search(region, text);
    const second = r.results[1];
    expect(second?.id).toBe(line);
    expect(second?.block).toBe('call');
    expect(second?.reasons[0]).toEqual({ key: 'reason.noLocalPhone' });
    expect(r.results.filter((m) => m.block === 'call').length).toBeLessThanOrEqual(2);
  });

  it('Ostallgäu, "ich schaffe das alles nicht mehr": the Krisendienst Bayern in the compact row on top', () => {
    // Overwhelm is a weak danger signal: its 24/7 lines open the results as one row, not as the alarm.
    const r = search('ostallgaeu', 'ich schaffe das alles nicht mehr');
    expect(r.signal).toMatchObject({ kind: 'overwhelm', level: 'net' });
    expect(r.netLines.map((o) => o.id)).toContain('krisendienst-bayern');
  });

  it('adds no line when a first result can be called', () => {
    const r = search('coburg-stadt', 'frauenhaus');
    expect(r.results.some((m) => m.block === 'call')).toBe(false);
  });

  it("counts a provider's phone as the offer's", () => {
    const koki = offers.find((o) => o.id === 'fachstelle-fruehe-hilfen-landkreis-coburg');
    if (!koki?.organization.id) throw new Error('fixture: the KoKi has a provider');
    expect(phoned.has(koki.id)).toBe(false);
    expect(phoneCheck(new Set([koki.organization.id]))(koki)).toBe(true);
    expect(phoneCheck(new Set())(koki)).toBe(false);
  });
});

describe('ranking fixes', () => {
  const before = (r: SearchResult, a: string, b: string) => {
    const ids = r.results.map((m) => m.id);
    expect(ids).toContain(a);
    if (ids.includes(b)) expect(ids.indexOf(a)).toBeLessThan(ids.indexOf(b));
  };

  it.each([
    [
      'coburg-stadt',
      'wir trennen uns, Scheidung',
      'erziehungsberatung-diakonie-coburg',
      'frauennotruf-coburg',
    ],
    [
      'coburg-stadt',
      'wir trennen uns, Scheidung',
      'elterntelefon-nummer-gegen-kummer',
      'interventionsstelle-coburg',
    ],
    [
      'coburg-stadt',
      'wir trennen uns, Scheidung',
      'elterntelefon-nummer-gegen-kummer',
      'hilfetelefon-gewalt-gegen-frauen',
    ],
    [
      'gummersbach',
      'Trennung',
      'psychologische-beratungsstelle-oberberg',
      'opferschutz-kreispolizei-oberberg',
    ],
    [
      'gummersbach',
      'ich bin schwanger und habe fragen',
      'awo-schwangerschaftsberatung-bergneustadt',
      'hebammensprechstunde-klinikum-oberberg',
    ],
    ['gummersbach', 'schwanger', 'donum-vitae-oberberg', 'hebammenkreisssaal-gummersbach'],
  ] as [LocalRegionId, string, string, string][])('%s, %j: %s before %s', (region, text, a, b) => {
    before(search(region, text), a, b);
  });

  it('violence services stay first when violence is named', () => {
    // Named, not happening now: the violence lines as the compact row, violence services first in the list.
    const r = search('coburg-stadt', 'Trennung wegen häuslicher Gewalt');
    expect(r.signal?.level).toBe('net');
    expect(r.netLines.map((o) => o.id)).toContain('notruf-110');
    expect(r.results[0]?.offer.topics).toContain('violence');
  });
});

describe('needs Lotse does not cover', () => {
  it.each([
    ['kaufbeuren', 'Kitaplatz', 'koki-stadt-kaufbeuren'],
    ['kaufbeuren', 'Kitaplatz finden', 'koki-stadt-kaufbeuren'],
    ['ostallgaeu', 'Krippenplatz gesucht', 'koki-ostallgaeu'],
    ['gummersbach', 'suche einen Kita-Platz', 'fruehe-hilfen-gummersbach'],
  ] as [LocalRegionId, string, string][])(
    '%s, %j: named as not covered, the KoKi first',
    (region, text, koki) => {
      const r = search(region, text);
      expect(r.notCovered).toEqual({ id: 'childcare-place', label: 'Kita-Platz', responsible: [] });
      expect(r.fallback).toBe(true);
      expect(r.results[0]?.id).toBe(koki);
    },
  );

  it('a covered need next to it is still answered', () => {
    const r = search('kaufbeuren', 'Kitaplatz und Schuldnerberatung');
    expect(r.notCovered?.id).toBe('childcare-place');
    expect(r.fallback).toBe(false);
  });

  it.each(['Kita Eingewöhnung', 'Tagesmutter', 'Stillberatung'])('%j is covered', (text) => {
    expect(search('kaufbeuren', text).notCovered).toBeNull();
  });
});
