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

/** Reads and parses one JSON file from the data folder; the validator has already vouched for its shape. */
export function readDataJson<T>(name: string, dataDir = DATA): T {
  return JSON.parse(fs.readFileSync(path.join(dataDir, name), 'utf8')) as T;
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
