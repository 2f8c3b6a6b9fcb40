import { describe, expect, it } from 'vitest';
import { readOrganizations } from '../../../scripts/lib/read-data.ts';
import { LOCAL_REGION_IDS, type LocalRegionId, type Offer } from '../../../src/catalogue/index.ts';
import {
  createSearcher,
  mergeIndexes,
  packIndex,
  splitIndex,
  unpackIndex,
} from '../../../src/matching/index.ts';
import { realData, topIds } from '../regression/real-data.ts';

/** Tests that work through the whole real data set get a minute, as build-catalogue's do, not vitest's 5 s. */
const WHOLE_DATA = { timeout: 60_000 };

const local = new Set<string>(LOCAL_REGION_IDS);
const ids = (offers: Offer[]) => new Set(offers.map((o) => o.id));

/** The real global index split as the build splits it (wide-area = no local region in the offer's areas). */
function realSplit() {
  const { offers, index } = realData();
  const packed = packIndex(index);
  const wide = offers.filter((o) => !o.areas.some((a: string) => local.has(a)));
  const regions = Object.fromEntries(
    LOCAL_REGION_IDS.map((r) => [r, ids(offers.filter((o) => o.areas.includes(r)))]),
  );
  // Through JSON, as the files travel.
  return {
    packed,
    parts: JSON.parse(JSON.stringify(splitIndex(packed, ids(wide), regions))) as ReturnType<
      typeof splitIndex
    >,
  };
}

const QUERIES = [
  'hebamme',
  'baby schreit nur noch',
  'schwangerschaftsberatung',
  'schulden miete',
  'kita platz',
  'familienzentrum',
];

describe('splitIndex / mergeIndexes', WHOLE_DATA, () => {
  it('merging every part gives back the global index, after unpacking too', () => {
    const { packed, parts } = realSplit();
    const merged = mergeIndexes(parts.wide, Object.values(parts.regions));
    expect(merged).toEqual(packed);
    expect(unpackIndex(merged)).toEqual(unpackIndex(packed));
  });

  it('keeps the lexicon in the wide-area part only and each region’s offers in its own part', () => {
    const { offers } = realData();
    const { parts } = realSplit();
    expect(parts.wide.phrases.length).toBeGreaterThan(0);
    for (const [region, part] of Object.entries(parts.regions)) {
      expect(Object.keys(part).sort()).toEqual(['docs', 'pos', 'postings']);
      expect(part.docs.sort()).toEqual(
        offers
          .filter((o) => o.areas.includes(region as LocalRegionId))
          .map((o) => o.id)
          .sort(),
      );
    }
  });

  it('wide-area + one region searches that region exactly as the global index does', () => {
    const { offers, index, searcher } = realData();
    const { parts } = realSplit();
    for (const region of LOCAL_REGION_IDS) {
      const part = parts.regions[region];
      if (!part) throw new Error(region);
      const loaded = new Set([...parts.wide.docs, ...part.docs]);
      const merged = unpackIndex(mergeIndexes(parts.wide, [part]));
      expect(merged.docs).toEqual(index.docs.filter((id) => loaded.has(id)));
      const family = createSearcher(
        offers.filter((o) => loaded.has(o.id)),
        merged,
        readOrganizations(),
      );
      for (const text of QUERIES) {
        const a = searcher.search({ text, region });
        const b = family.search({ text, region });
        expect(topIds(b, 20), `${text} ${region}`).toEqual(topIds(a, 20));
        expect(b.results.map((m) => m.score)).toEqual(a.results.map((m) => m.score));
      }
    }
  });
});
