/**
 * The build's split of one catalogue and its ONE global index into downloadable pairs: a wide-area pair (regions,
 * taxonomy, the shared search lexicon, offers that serve no single local region) and one pair per local region
 * (the offers serving it; an offer serving two regions is in both). bench:national measures exactly this.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {
  Catalogue,
  CatalogueManifest,
  Offer,
  Organization,
  PairFiles,
  RegionCatalogue,
} from '../../src/catalogue/types.ts';
import { type PackedIndex, splitIndex } from '../../src/matching/index.ts';

/** A short content hash: the same data always gives the same file name. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** One pair's file contents, as written to catalogue.<hash>.json and index.<hash>.json. */
export interface PairText {
  catalogue: string;
  index: string;
  count: number;
  /** The catalogue's content hash (it ignores `built`): its file is catalogue.<hash>.json. */
  hash: string;
}

/** The whole split: the wide-area pair, one pair per region, and which pairs hold each offer. */
export interface SplitCatalogue {
  wide: PairText;
  regions: Record<string, PairText>;
  offers: Record<string, string[]>;
  /** The newest source date of each offer serving a local region ("" when none). */
  dated: Record<string, string>;
}

/** The newest date any of the offer's sources carries (as the app's freshness line reads it), or null. */
function newestSourceDate(offer: Offer): string | null {
  const dates = [offer.source.date, ...(offer.further_sources ?? []).map((s) => s.date ?? null)];
  return (
    dates
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null
  );
}

/** The local regions an offer serves (those of the catalogue's local regions named in its areas). */
function localAreas(offer: Offer, local: ReadonlySet<string>): string[] {
  return offer.areas.filter((a: string) => local.has(a));
}

function organizationsOf(offers: readonly Offer[], all: readonly Organization[]): Organization[] {
  const ids = new Set(offers.flatMap((o) => (o.organization.id ? [o.organization.id] : [])));
  return all.filter((o) => ids.has(o.id));
}

/** A catalogue's content hash ignores `built`, so a rebuild of the same data keeps its file names. */
function hashed<T extends { built?: string }>(body: T): T & { hash: string } {
  const { built: _built, ...rest } = body;
  return { ...body, hash: contentHash(JSON.stringify(rest)) };
}

/**
 * Splits a publishable catalogue (hash not yet set) and its global packed index. Wide-area offers are those with
 * no local region of this catalogue in their areas; `pos` in every index part keeps the global document order.
 */
export function splitCatalogue(body: Omit<Catalogue, 'hash'>, index: PackedIndex): SplitCatalogue {
  const local = new Set<string>(body.regions.filter((r) => r.kind === 'local').map((r) => r.id));
  const wideOffers = body.offers.filter((o) => localAreas(o, local).length === 0);
  const byRegion = new Map([...local].map((id) => [id, [] as Offer[]]));
  const offers: Record<string, string[]> = {};
  const dated: Record<string, string> = {};
  for (const o of wideOffers) offers[o.id] = ['wide'];
  for (const o of body.offers) {
    for (const r of localAreas(o, local)) {
      byRegion.get(r)?.push(o);
      offers[o.id] = [...(offers[o.id] ?? []), r];
      dated[o.id] = newestSourceDate(o) ?? '';
    }
  }
  const ids = (list: readonly Offer[]) => new Set(list.map((o) => o.id));
  const parts = splitIndex(
    index,
    ids(wideOffers),
    Object.fromEntries([...byRegion].map(([r, list]) => [r, ids(list)])),
  );
  const wideCatalogue = hashed({
    ...body,
    organizations: organizationsOf(wideOffers, body.organizations),
    offers: wideOffers,
  });
  const regions = Object.fromEntries(
    [...byRegion].map(([id, list]): [string, PairText] => {
      const part: Omit<RegionCatalogue, 'hash'> = {
        version: 1,
        region: id,
        organizations: organizationsOf(list, body.organizations),
        offers: list,
      };
      const catalogue = { ...part, hash: contentHash(JSON.stringify(part)) };
      const indexPart = parts.regions[id];
      return [
        id,
        {
          catalogue: JSON.stringify(catalogue),
          index: JSON.stringify({ version: 1, ...indexPart }),
          count: list.length,
          hash: catalogue.hash,
        },
      ];
    }),
  );
  return {
    wide: {
      catalogue: JSON.stringify(wideCatalogue),
      index: JSON.stringify(parts.wide),
      count: wideOffers.length,
      hash: wideCatalogue.hash,
    },
    regions,
    offers,
    dated,
  };
}

/**
 * Writes a split into `dir` (an existing folder): every pair under content-hashed names, manifest.json naming them,
 * and build.json (the same, precached by the service worker); returns the manifest. The build writes
 * public/catalogue/ with it, bench:national a synthetic Germany.
 */
export function writeSplit(
  dir: string,
  split: SplitCatalogue,
  meta: Pick<CatalogueManifest, 'count' | 'built' | 'assured'>,
): CatalogueManifest {
  const write = (pair: PairText): PairFiles => {
    const files = {
      catalogue: `catalogue.${pair.hash}.json`,
      index: `index.${contentHash(pair.index)}.json`,
    };
    fs.writeFileSync(path.join(dir, files.catalogue), pair.catalogue);
    fs.writeFileSync(path.join(dir, files.index), pair.index);
    return { ...files, count: pair.count };
  };
  const wide = write(split.wide);
  const regions = Object.fromEntries(Object.entries(split.regions).map(([id, pair]) => [id, write(pair)]));
  const names = [wide, ...Object.values(regions)].flatMap((p) => [p.catalogue, p.index]);
  const manifest: CatalogueManifest = {
    version: 1,
    // The deployment's version: the names of all pairs are content hashes, so this changes with any of them.
    hash: contentHash(names.join(' ')),
    ...meta,
    wide,
    regions,
    offers: split.offers,
    dated: split.dated,
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The same manifest under a name the service worker precaches: the fallback when the network's is bad.
  fs.writeFileSync(path.join(dir, 'build.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
