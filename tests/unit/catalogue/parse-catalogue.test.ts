import { describe, expect, it } from 'vitest';
import {
  CatalogueFormatError,
  loadCatalogue,
  parseCatalogue,
  parseManifest,
} from '../../../src/catalogue/index.ts';
import { makeCatalogue, makeOffer, makePackedIndex } from '../../fixtures/builders.ts';

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('parseCatalogue', () => {
  it('accepts a well-formed catalogue and keeps every offer', () => {
    const catalogue = makeCatalogue([makeOffer({ id: 'a' }), makeOffer({ id: 'b' })]);
    expect(parseCatalogue(roundTrip(catalogue)).offers.map((o) => o.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['not an object', 'null', ''],
    ['an unknown version', { ...makeCatalogue([]), version: 2 }, '/version'],
    ['offers that are not an array', { ...makeCatalogue([]), offers: {} }, '/offers'],
  ])('rejects %s, naming the path', (_label, value, path) => {
    const input = value === 'null' ? null : roundTrip(value);
    expect(() => parseCatalogue(input)).toThrow(CatalogueFormatError);
    try {
      parseCatalogue(input);
    } catch (error) {
      expect((error as CatalogueFormatError).path).toBe(path);
    }
  });

  it('names the offer and field of a broken offer', () => {
    const broken = roundTrip(makeCatalogue([makeOffer(), makeOffer()])) as {
      offers: Record<string, unknown>[];
    };
    const second = broken.offers[1];
    if (second) second.phones = [{ number: 110 }];
    expect(() => parseCatalogue(broken)).toThrow('catalogue /offers/1/phones/0/number: must be a string');
  });
});

describe('loadCatalogue', () => {
  const catalogue = makeCatalogue([makeOffer()]);
  const manifest = {
    version: 1,
    hash: catalogue.hash,
    count: 1,
    index: 'index.abc.json',
    built: catalogue.built,
    assured: '2026-11-25',
  };

  it('fetches the file the manifest names', async () => {
    const files: Record<string, unknown> = {
      '/catalogue/manifest.json': { ...manifest, catalogue: 'catalogue.abc.json' },
      '/catalogue/catalogue.abc.json': roundTrip(catalogue),
      '/catalogue/index.abc.json': roundTrip(makePackedIndex({ docs: [catalogue.offers[0]?.id ?? ''] })),
    };
    const loaded = await loadCatalogue(async (url) => files[url]);
    expect(loaded.catalogue.offers).toHaveLength(1);
    expect(loaded.index).toEqual(makePackedIndex({ docs: [catalogue.offers[0]?.id ?? ''] }));
  });

  it('refuses an index that is not a packed search index', async () => {
    const files: Record<string, unknown> = {
      '/catalogue/manifest.json': { ...manifest, catalogue: 'catalogue.abc.json' },
      '/catalogue/catalogue.abc.json': roundTrip(catalogue),
      '/catalogue/index.abc.json': { ...makePackedIndex(), docs: [7] },
    };
    await expect(loadCatalogue(async (url) => files[url])).rejects.toThrow(
      'catalogue /docs/0: must be a string',
    );
  });

  it('refuses a catalogue whose hash differs from the manifest', async () => {
    const files: Record<string, unknown> = {
      '/catalogue/manifest.json': { ...manifest, hash: 'other', catalogue: 'c.json' },
      '/catalogue/c.json': roundTrip(catalogue),
      '/catalogue/index.abc.json': {},
    };
    await expect(loadCatalogue(async (url) => files[url])).rejects.toThrow('does not match manifest');
  });

  it('rejects a manifest without a count', () => {
    expect(() =>
      parseManifest({ version: 1, hash: 'h', built: 'b', assured: 'a', catalogue: 'c', index: 'i' }),
    ).toThrow('catalogue /count: must be a number');
  });
});
