import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../../src/matching/index.ts';
import { parseResultsUrl, resultsUrl } from '../../../src/ui/results/results-url.ts';
import { makeCatalogue } from '../../fixtures/builders.ts';

const catalogue = makeCatalogue([], {
  taxonomy: {
    topics: [
      { id: 'crying', label: 'Schreien' },
      { id: 'sleep', label: 'Schlafen' },
    ],
    stages: [{ id: 'baby-0-1', label: 'Baby' }],
    audiences: [{ id: 'professionals', label: 'Fachkräfte' }],
    modes: [{ id: 'phone', label: 'Telefon' }],
    categories: [],
    languages: [],
  },
});

describe('parseResultsUrl', () => {
  it('reads every parameter of the DESIGN.md contract', () => {
    const { request, ignored } = parseResultsUrl(
      '?region=kaufbeuren&place=Oberbeuren&stage=baby-0-1&topics=crying,sleep&modes=phone&q=schreit&lang=de',
      catalogue,
    );
    expect(request).toEqual({
      region: 'kaufbeuren',
      place: 'Oberbeuren',
      stage: 'baby-0-1',
      topics: ['crying', 'sleep'],
      modes: ['phone'],
      q: 'schreit',
      lang: 'de',
    });
    expect(ignored).toEqual([]);
  });

  it('ignores and reports unknown regions, topics, modes and stages', () => {
    const { request, ignored } = parseResultsUrl(
      '?region=berlin&topics=crying,xyz&modes=fax&stage=teen',
      catalogue,
    );
    expect(request).toEqual({ topics: ['crying'], modes: [], q: '' });
    expect(ignored).toEqual([
      { param: 'topics', value: 'xyz' },
      { param: 'modes', value: 'fax' },
      { param: 'region', value: 'berlin' },
      { param: 'stage', value: 'teen' },
    ]);
  });

  it('reads who asks (audience=professionals), keeps it in resultsUrl and names an unknown audience', () => {
    const { request } = parseResultsUrl('?region=kaufbeuren&audience=professionals', catalogue);
    expect(request.audience).toBe('professionals');
    expect(resultsUrl(request)).toBe('/results?region=kaufbeuren&audience=professionals');
    const unknown = parseResultsUrl('?audience=aliens', catalogue);
    expect(unknown.request.audience).toBeUndefined();
    expect(unknown.ignored).toEqual([{ param: 'audience', value: 'aliens' }]);
  });

  it('cuts a 20,000-character q instead of failing', () => {
    const { request } = parseResultsUrl(`?q=${'a'.repeat(20_000)}`, catalogue);
    expect(request.q).toHaveLength(MAX_TEXT_CHARS);
  });

  it('round-trips through resultsUrl', () => {
    const url = resultsUrl({
      region: 'ostallgaeu',
      topics: ['crying', 'sleep'],
      modes: [],
      q: 'hilfe & rat',
    });
    expect(url).toBe('/results?region=ostallgaeu&topics=crying%2Csleep&q=hilfe+%26+rat');
    expect(parseResultsUrl(url.slice(url.indexOf('?')), catalogue).request.q).toBe('hilfe & rat');
  });
});
