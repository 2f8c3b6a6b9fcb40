/**
 * Build step: validated data/ -> public/catalogue/ (content-hashed catalogue + manifest) and public/open-data/.
 * Refuses to publish anything when the catalogue has an error.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalogue, CatalogueManifest } from '../src/catalogue/types.ts';
import { checkCatalogue, formatProblem } from './lib/check/index.ts';
import { writeOpenData } from './lib/open-data/index.ts';
import { DATA, PUBLIC } from './lib/paths.ts';
import { readReference, toOffer } from './lib/read-data.ts';

/** A short content hash: the same data always gives the same file name. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

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
  return { version: 1, built, assured, regions, taxonomy, offers };
}

/** Writes catalogue.<hash>.json and manifest.json, removing older generated catalogues. */
export function publishCatalogue(outDir: string, body: Omit<Catalogue, 'hash'>): CatalogueManifest {
  const dir = path.join(outDir, 'catalogue');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const { built, ...hashed } = body;
  const hash = contentHash(JSON.stringify(hashed));
  const catalogue: Catalogue = { ...body, hash };
  const file = `catalogue.${hash}.json`;
  fs.writeFileSync(path.join(dir, file), JSON.stringify(catalogue));
  const manifest: CatalogueManifest = {
    version: 1,
    hash,
    count: body.offers.length,
    built,
    assured: body.assured,
    catalogue: file,
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function main(): void {
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  try {
    const body = assembleCatalogue(today, now.toISOString());
    const manifest = publishCatalogue(PUBLIC, body);
    const { regions, taxonomy } = body;
    const records = body.offers.map(({ areas: _areas, ...record }) => record);
    const openData = writeOpenData(PUBLIC, records, { regions, taxonomy, today });
    console.log(`catalogue:build: ${manifest.count} offers -> public/catalogue/${manifest.catalogue}`);
    console.log(`catalogue:build: open data -> ${openData.files.join(', ')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
