/**
 * Build step: validated data/ -> public/catalogue/ (content-hashed catalogue + manifest) and public/open-data/.
 * Refuses to publish anything when the catalogue has an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalogue, CatalogueManifest, Source, Taxonomy, TaxonomyTerm } from '../src/catalogue/types.ts';
import { type PackedIndex, packIndex } from '../src/matching/index.ts';
import { checkCatalogue, formatProblem } from './lib/check/index.ts';
import { writeGeoData } from './lib/geo/index.ts';
import { publishedIndex } from './lib/load-offers.ts';
import { writeOpenData } from './lib/open-data/index.ts';
import { DATA, PUBLIC } from './lib/paths.ts';
import { readOrganizations, readReference, toOffer } from './lib/read-data.ts';
import { contentHash, splitCatalogue, writeSplit } from './lib/split-catalogue.ts';

/** Builds the catalogue object from validated records; `built` is injected so that the hash ignores it. */
export function assembleCatalogue(today: string, built: string, dataDir = DATA): Omit<Catalogue, 'hash'> {
  const result = checkCatalogue({ today, dataDir });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(
      `catalogue has ${errors.length} error(s); nothing was published:\n${errors.map(formatProblem).join('\n')}`,
    );
  }
  const { regions, taxonomy } = readReference(dataDir);
  const offers = result.offers.map((o) => toOffer(o.record, regions));
  const assured =
    offers
      .map((o) => o.assured_date)
      .sort()
      .at(-1) ?? today;
  const organizations = readOrganizations(dataDir);
  return { version: 1, built, assured, regions, taxonomy, organizations, offers };
}

/** The search index for a catalogue: built here, at build time, so the phone only loads it. */
export function indexFor(body: Omit<Catalogue, 'hash'>, dataDir = DATA): PackedIndex {
  return packIndex(publishedIndex(body.offers, body.built.slice(0, 10), dataDir));
}

/**
 * What the phone downloads: the catalogue without what only coordinators read (research notes, per-field
 * source pointers) and without the taxonomy synonyms, which the search index already holds in compiled form.
 */
export function publishable(body: Omit<Catalogue, 'hash'>): Omit<Catalogue, 'hash'> {
  const term = ({ synonyms: _synonyms, ...t }: TaxonomyTerm): TaxonomyTerm => t;
  const taxonomy = Object.fromEntries(
    Object.entries(body.taxonomy).map(([kind, terms]) => [kind, (terms as TaxonomyTerm[]).map(term)]),
  ) as unknown as Taxonomy;
  const source = ({ note: _note, covers: _covers, ...s }: Source): Source => ({ ...s, note: null });
  return {
    ...body,
    taxonomy,
    organizations: body.organizations.map((o) => ({ ...o, source: source(o.source) })),
    offers: body.offers.map((o) => ({
      ...o,
      source: source(o.source),
      ...(o.further_sources ? { further_sources: o.further_sources.map(({ covers: _c, ...s }) => s) } : {}),
    })),
  };
}

/**
 * Writes the split catalogue under outDir/catalogue/: the wide-area pair and one pair per region (all
 * content-hashed), manifest.json naming them, and build.json (the same, precached); removes older files.
 */
export function publishCatalogue(
  outDir: string,
  body: Omit<Catalogue, 'hash'>,
  index: PackedIndex,
): CatalogueManifest {
  const dir = path.join(outDir, 'catalogue');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const { built, assured } = body;
  return writeSplit(dir, splitCatalogue(publishable(body), index), {
    count: body.offers.length,
    built,
    assured,
  });
}

/** Validates data/ and writes the catalogue, index and manifest under outDir/catalogue/; throws on any error. */
export function buildCatalogueFiles(
  outDir: string,
  dataDir = DATA,
  now = new Date(),
): { body: Omit<Catalogue, 'hash'>; manifest: CatalogueManifest } {
  const body = assembleCatalogue(now.toISOString().slice(0, 10), now.toISOString(), dataDir);
  return { body, manifest: publishCatalogue(outDir, body, indexFor(body, dataDir)) };
}

/** Folders of one build; LOTSE_DATA_DIR / LOTSE_PUBLIC_DIR let a test build a second version side by side. */
function folders(): { dataDir: string; outDir: string } {
  return { dataDir: process.env.LOTSE_DATA_DIR ?? DATA, outDir: process.env.LOTSE_PUBLIC_DIR ?? PUBLIC };
}

function main(): void {
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const { dataDir, outDir } = folders();
  try {
    const { body, manifest } = buildCatalogueFiles(outDir, dataDir, now);
    const { regions, taxonomy, organizations } = body;
    const records = body.offers.map(({ areas: _areas, ...record }) => record);
    const openData = writeOpenData(outDir, records, { regions, taxonomy, organizations, today });
    const pairs = Object.keys(manifest.regions).length;
    console.log(`catalogue:build: ${manifest.count} offers -> catalogue/: wide-area + ${pairs} region pairs`);
    console.log(`catalogue:build: open data -> ${openData.files.join(', ')}`);
    const geo = writeGeoData(outDir, dataDir);
    console.log(`catalogue:build: offline map layer -> ${geo.files.join(', ')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

export { contentHash };
