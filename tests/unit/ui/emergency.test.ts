import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSearchData } from '../../../scripts/lib/load-offers.ts';
import { readReference } from '../../../scripts/lib/read-data.ts';
import { LOCAL_REGION_IDS, type OfferRecord } from '../../../src/catalogue/index.ts';
import de from '../../../src/i18n/locales/de.json';
import { FIXED_LINES } from '../../../src/ui/common/emergency.ts';
import { formatDate } from '../../../src/ui/common/format.ts';
import { regionCounts } from '../../../src/ui/common/region-counts.ts';
import { areasServing, helpLines, knownRegion } from '../../../src/ui/help/help-lines.ts';
import { loadedAll, makeCatalogue, makeOffer } from '../../fixtures/builders.ts';

const wideArea = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../data/catalogue/wide-area.json'), 'utf8'),
) as { offers: OfferRecord[] };

describe('the fixed emergency lines of the first bundle', () => {
  it.each(FIXED_LINES.map((l) => [l.id, l] as const))('%s equals its sourced catalogue entry', (id, line) => {
    const entry = wideArea.offers.find((o) => o.id === id);
    expect(entry?.available_24_7).toBe(true);
    expect(entry?.phones[0]).toMatchObject({ number: line.number, display: line.display });
  });

  it('have a German name each', () => {
    const names = FIXED_LINES.map((l) =>
      l.name.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], de),
    );
    expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
  });

  it('are 110 and 112 first, then the violence and crisis lines', () => {
    expect(FIXED_LINES.map((l) => l.number)).toEqual(['110', '112', '116016', '+498001110111']);
  });
});

describe('help lines for a family', () => {
  const { offers, index } = loadSearchData();
  const { regions } = readReference();
  const ids = (list: { id: string }[]) => list.map((o) => o.id);

  it('serve a region with the same areas as the matching core does', () => {
    for (const id of LOCAL_REGION_IDS) {
      // Two missing entries would be equal: the core must know the region at all.
      expect(index.regionAreas[id]).toContain(id);
      expect(areasServing(regions, id)).toEqual(index.regionAreas[id]);
    }
  });

  it("put Ostallgäu's Frauenhaus first and Coburg's, Oberberg's and NRW's lines under other regions", () => {
    const lines = helpLines(offers, regions, 'ostallgaeu');
    expect(ids(lines.local)).toEqual(['frauenhaus-kaufbeuren-ostallgaeu']);
    expect(ids(lines.wide)).toEqual(expect.arrayContaining(['krisendienst-bayern', 'giftnotruf-muenchen']));
    expect(ids(lines.other)).toEqual(
      expect.arrayContaining(['frauenhaus-coburg', 'frauenhaus-oberberg', 'giftnotruf-nrw-bonn']),
    );
    expect(ids(lines.wide)).not.toContain('frauenhaus-coburg');
  });

  it('treat Bavarian lines as another region for Gummersbach', () => {
    const lines = helpLines(offers, regions, 'gummersbach');
    expect(ids(lines.local)).toEqual(expect.arrayContaining(['frauenhaus-oberberg', 'giftnotruf-nrw-bonn']));
    expect(ids(lines.other)).toEqual(
      expect.arrayContaining(['krisendienst-bayern', 'frauenhaus-kaufbeuren-ostallgaeu']),
    );
  });

  it('never list a fixed line or an ended offer twice, and without a region keep local lines apart', () => {
    const ended = makeOffer({
      available_24_7: true,
      end_date: '2025-01-01',
      phones: [{ number: '1', display: '1' }],
    });
    const lines = helpLines([...offers, ended], regions);
    const all = ids([...lines.local, ...lines.wide, ...lines.other]);
    expect(all).not.toContain('notruf-110');
    expect(all).not.toContain('telefonseelsorge');
    expect(all).not.toContain(ended.id);
    expect(lines.local).toEqual([]);
    expect(ids(lines.other)).toContain('frauenhaus-kaufbeuren-ostallgaeu');
  });

  it('keep a line whose end is announced until that day, as the build does', () => {
    const ending = makeOffer({
      available_24_7: true,
      end_date: '2026-12-31',
      phones: [{ number: '1', display: '1' }],
    });
    const listed = (today: string) => {
      const lines = helpLines([...offers, ending], regions, undefined, today);
      return ids([...lines.local, ...lines.wide, ...lines.other]);
    };
    expect(listed('2026-12-07')).toContain(ending.id);
    expect(listed('2026-12-31')).not.toContain(ending.id);
  });

  it('know only the five region ids', () => {
    expect(knownRegion('ostallgaeu')).toBe('ostallgaeu');
    expect(knownRegion('bayern')).toBeUndefined();
    expect(knownRegion('<script>')).toBeUndefined();
  });

  it('name the regions (the chooser’s five, Bayern and Deutschland) as data/regions.json does', () => {
    expect(Object.entries(de.regions)).toEqual(regions.map((r) => [r.id, r.name]));
  });
});

describe('regionCounts', () => {
  it('counts offers per local region and wide-area offers once', () => {
    const catalogue = makeCatalogue([
      makeOffer({ areas: ['kaufbeuren'] }),
      makeOffer({ areas: ['kaufbeuren', 'ostallgaeu'] }),
      makeOffer({ areas: ['deutschland'] }),
    ]);
    const { manifest } = loadedAll(catalogue);
    expect(regionCounts(manifest, catalogue.regions)).toEqual({
      local: [
        { id: 'kaufbeuren', name: 'Stadt Kaufbeuren', count: 2 },
        { id: 'ostallgaeu', name: 'Landkreis Ostallgäu', count: 1 },
      ],
      wide: 1,
    });
  });
});
describe('formatDate', () => {
  it.each([
    ['2024-03-01', '1. März 2024'],
    ['2024-03', 'März 2024'],
    ['2013', '2013'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it('writes German dates exactly as Intl would, for every month', () => {
    const intl = new Intl.DateTimeFormat('de', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let month = 1; month <= 12; month++) {
      const iso = `2026-${String(month).padStart(2, '0')}-${String(month + 9).padStart(2, '0')}`;
      expect(formatDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }
  });

  it('uses Intl for other languages and leaves a month out of range at the year', () => {
    expect(formatDate('2024-03-01', 'en')).toBe('March 1, 2024');
    expect(formatDate('2024-13', 'de')).toBe('2024');
  });
});
