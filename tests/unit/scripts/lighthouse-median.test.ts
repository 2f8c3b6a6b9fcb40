import { describe, expect, it } from 'vitest';
import { median, medianRow, misses, parseArgs, type Row } from '../../../scripts/lib/lighthouse-figures.ts';

const run = (perf: number, lcp: number, tbt: number, cls: number, benchmark: number): Row => ({
  route: '/offer/x',
  scores: { performance: perf, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcp,
  tbt,
  cls,
  benchmark,
});

describe('Lighthouse medians (the issue checks the median of three runs)', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/no values/);
  });

  it('takes each figure of a route on its own, so one slow run does not decide', () => {
    const row = medianRow([
      run(99, 900, 10, 0, 1500),
      run(80, 2600, 190, 0.1, 1400),
      run(97, 1100, 30, 0, 1600),
    ]);
    expect(row).toMatchObject({ lcp: 1100, tbt: 30, cls: 0, benchmark: 1500 });
    expect(row.scores.performance).toBe(97);
    expect(misses(row)).toEqual([]);
  });

  it('names each target the median misses', () => {
    const row = medianRow([run(90, 1600, 60, 0.03, 1500)]);
    expect(misses(row)).toEqual([
      '[/offer/x] performance 90 < 95',
      '[/offer/x] lcp 1600 > 1500',
      '[/offer/x] tbt 60 > 50',
      '[/offer/x] cls 0.03 > 0.02',
    ]);
  });

  it('reads --runs, --json and routes, and refuses a run count that is not a whole number', () => {
    expect(parseArgs(['--runs', '5', '--json', '/'])).toEqual({ routes: ['/'], runs: 5, json: true });
    expect(parseArgs([])).toEqual({ routes: undefined, runs: 3, json: false });
    expect(() => parseArgs(['--runs', 'x'])).toThrow(/whole number/);
  });
});
