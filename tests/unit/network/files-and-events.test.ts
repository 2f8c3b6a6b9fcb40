import { describe, expect, it } from 'vitest';
import { bundledEvents, type NetworkEvent, parseEvents } from '../../../src/catalogue/index.ts';
import {
  type CoverageMatrix,
  type CsvWords,
  coordinationsOf,
  eventsOf,
  matrixCsv,
  type RecheckEntry,
  recheckCsv,
} from '../../../src/network/index.ts';
import { makeOffer, REGIONS } from '../../fixtures/builders.ts';

const WORDS: CsvWords = {
  topic: 'Thema',
  gap: 'Lücke',
  id: 'ID',
  offer: 'Angebot',
  reasons: 'Gründe',
  sources: 'Quellen',
  reason: { stale: 'alt', undated: 'ohne Datum', 'low-confidence': 'schwach', 'no-contact': 'kein Kontakt' },
};

describe('CSV files for a German Excel', () => {
  const matrix: CoverageMatrix = {
    topics: [
      { id: 'a', label: 'Geld; Wohnen' },
      { id: 'b', label: 'Schlafen' },
    ],
    rows: [
      { region: 'x', name: 'Stadt X', counts: [3, 0] },
      { region: 'y', name: 'Land Y', counts: [0, 12] },
    ],
  };

  it('writes the matrix with a BOM, semicolons, CRLF and the gap mark; a semicolon in a label is quoted', () => {
    expect(matrixCsv(matrix, WORDS)).toBe(
      '\uFEFFThema;Stadt X;Land Y\r\n"Geld; Wohnen";3;Lücke\r\nSchlafen;Lücke;12\r\n',
    );
  });

  it('writes the re-check list with its reasons and sources, guarding formulas', () => {
    const entry: RecheckEntry = {
      id: 'o1',
      name: '=Beratung',
      reasons: ['undated', 'no-contact'],
      sources: [
        { title: null, url: 'https://e.org', document: null, date: null },
        { title: 'Broschüre', url: null, document: 'sources/seeds/1.txt', date: null },
      ],
    };
    expect(recheckCsv([entry], WORDS)).toBe(
      '\uFEFFID;Angebot;Gründe;Quellen\r\no1;\'=Beratung;"ohne Datum, kein Kontakt";https://e.org | sources/seeds/1.txt\r\n',
    );
  });
});

describe('network events', () => {
  const event = (id: string, date: string, regions = ['coburg-stadt']): NetworkEvent => ({
    id,
    title: id,
    date,
    place: 'Ort',
    regions,
    source: { title: 'Quelle', document: 'sources/seeds/x.txt', date: null },
  });

  it('splits a region’s events by today: today still to come, soonest first; past latest first', () => {
    const events = [
      event('later', '2027-03-01'),
      event('today', '2026-11-30'),
      event('old', '2025-01-01'),
      event('recent', '2026-10-14'),
      event('elsewhere', '2027-01-01', ['gummersbach']),
    ];
    const { upcoming, past } = eventsOf(events, 'coburg-stadt', '2026-11-30');
    expect(upcoming.map((e) => e.id)).toEqual(['today', 'later']);
    expect(past.map((e) => e.id)).toEqual(['recent', 'old']);
  });

  it('ships the Coburg Netzwerktreffen from the seed: 14 October 2026, Kongresshaus Rosengarten, no time', () => {
    const [meeting] = bundledEvents();
    expect(meeting).toMatchObject({
      date: '2026-10-14',
      place: 'Kongresshaus Rosengarten Coburg',
      regions: ['coburg-stadt', 'coburg-land'],
      source: { document: 'sources/seeds/003_f5f8c7874f983634.txt' },
    });
    expect(meeting?.time).toBeUndefined();
  });

  it('refuses an event without a day date or without a source to open', () => {
    const bad = (change: object) => () =>
      parseEvents({ events: [{ ...event('e', '2026-10-14'), ...change }] });
    expect(bad({ date: '2026-10' })).toThrow(/date: must be YYYY-MM-DD/);
    expect(bad({ source: { title: 'Q', date: null } })).toThrow(/needs a url or a document/);
  });
});

describe('coordinationsOf', () => {
  const region = REGIONS[0] ?? expect.fail('no region');
  const provider = {
    id: 'amt',
    name: 'Jugendamt',
    phones: [{ number: '+4983410', display: '08341 0' }],
    email: null,
    url: null,
    address: null,
    source: { url: 'https://amt.example.org', date: null, confidence: 'high' as const, note: null },
  };

  it('gives the region’s KoKi with its own contact, and the provider’s only when it has no phone', () => {
    const own = makeOffer({ id: 'koki', category: 'koki', phones: [{ number: '+491', display: '01' }] });
    const via = makeOffer({ id: 'koki-2', category: 'koki', organization: { name: 'Amt', id: 'amt' } });
    const other = makeOffer({ id: 'x', category: 'other' });
    const found = coordinationsOf([own, via, other], [provider], region);
    expect(found.map((c) => [c.id, c.provider?.id ?? null])).toEqual([
      ['koki', null],
      ['koki-2', 'amt'],
    ]);
  });
});
