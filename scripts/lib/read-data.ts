import fs from 'node:fs';
import path from 'node:path';
import type {
  AreaId,
  Offer,
  OfferRecord,
  Organization,
  RegionInfo,
  Taxonomy,
} from '../../src/catalogue/types.ts';
import { DATA } from './paths.ts';

/**
 * All catalogue files of a data folder, sorted so that output and duplicate order are stable: the one listing
 * that the checker, the coverage report and the offer loader share.
 */
export function catalogueFiles(dataDir: string = DATA): string[] {
  const dir = path.join(dataDir, 'catalogue');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Reads and parses one JSON file from the data folder; the validator has already vouched for its shape. */
export function readDataJson<T>(name: string, dataDir = DATA): T {
  return JSON.parse(fs.readFileSync(path.join(dataDir, name), 'utf8')) as T;
}

/** Every offer record of the catalogue files, in file-name order; the validator has already vouched for them. */
export function readOfferRecords(dataDir = DATA): OfferRecord[] {
  return catalogueFiles(dataDir).flatMap(
    (file) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { offers: OfferRecord[] }).offers,
  );
}

/** The regions and taxonomy that give the catalogue's ids their meaning. */
export function readReference(dataDir = DATA): { regions: RegionInfo[]; taxonomy: Taxonomy } {
  const { regions } = readDataJson<{ regions: RegionInfo[] }>('regions.json', dataDir);
  const { $schema: _schema, ...taxonomy } = readDataJson<Taxonomy & { $schema?: string }>(
    'taxonomy.json',
    dataDir,
  );
  return { regions, taxonomy };
}

/** Turns a record's service-area codes (AGS, 'bayern', 'deutschland') into the region ids the app uses. */
export function toOffer(record: OfferRecord, regions: RegionInfo[]): Offer {
  const byCode = new Map(regions.map((r) => [r.code, r.id]));
  const areas = record.service_areas.map((code) => byCode.get(code)).filter((id): id is AreaId => !!id);
  return { ...record, areas };
}

/** The providers of data/organizations.json (validated by catalogue:check like the offers). */
export function readOrganizations(dataDir = DATA): Organization[] {
  return readDataJson<{ organizations: Organization[] }>('organizations.json', dataDir).organizations;
}
