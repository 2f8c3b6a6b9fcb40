import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSearcher, packIndex, unpackIndex } from '../../../src/matching/index.ts';
import { realData, topIds } from './real-data.ts';

/** Tests that work through the whole real data set get a minute, as build-catalogue's do, not vitest's 5 s. */
const WHOLE_DATA = { timeout: 60_000 };

const QUERIES = [
  'baby schreit nur noch',
  'schwangerschaftsberatung kaufbeuern',
  'kocam beni dövüyor',
  'fussen familie',
];

describe('packIndex / unpackIndex', WHOLE_DATA, () => {
  it('restores exactly the in-memory index (phrase display forms aside)', () => {
    const { index } = realData();
    const restored = unpackIndex(JSON.parse(JSON.stringify(packIndex(index))));
    const withoutShow = (i: typeof index) => ({ ...i, phrases: i.phrases.map(({ show: _s, ...p }) => p) });
    expect(withoutShow(restored)).toEqual(withoutShow(index));
  });

  it('searches the same through a packed index', () => {
    const { offers, index, searcher } = realData();
    const packedSearcher = createSearcher(offers, unpackIndex(JSON.parse(JSON.stringify(packIndex(index)))));
    for (const text of QUERIES) {
      for (const region of [undefined, 'ostallgaeu' as const]) {
        const a = searcher.search({ text, region });
        const b = packedSearcher.search({ text, region });
        expect(topIds(b, 20), `${text} ${region}`).toEqual(topIds(a, 20));
        expect(b.results.map((m) => m.reasons)).toEqual(a.results.map((m) => m.reasons));
      }
    }
  });

  it('is smaller on the wire', () => {
    // The danger table is shipped as built (already a compact sorted list): packing is about the rest.
    const { danger: _danger, ...index } = realData().index;
    const gz = (v: unknown) => gzipSync(JSON.stringify(v), { level: 9 }).length;
    expect(gz(packIndex(index))).toBeLessThan(gz(index) * 0.8);
  });

  it('passes an unpacked index through', () => {
    const { index } = realData();
    expect(unpackIndex(index)).toBe(index);
  });
});
