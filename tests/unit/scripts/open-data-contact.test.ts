import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  type HsdsService,
  type OpenDataContext,
  toHsdsServices,
  toOffersCsv,
  writeOpenData,
} from '../../../scripts/lib/open-data/index.ts';
import { readOfferRecords, readOrganizations, readReference } from '../../../scripts/lib/read-data.ts';
import { BOM } from '../../../src/catalogue/csv.ts';
import type { OfferRecord } from '../../../src/catalogue/types.ts';
import { REAL_DATA } from './catalogue-fixture.ts';

const offers = readOfferRecords(REAL_DATA);
const organizations = readOrganizations(REAL_DATA);
const ctx: OpenDataContext = { ...readReference(REAL_DATA), organizations, today: '2026-11-25' };
const WIDE = new Set(['bayern', 'deutschland']);
const local = (o: OfferRecord) => o.service_areas.every((code) => !WIDE.has(code));
const offerIdOf = (s: HsdsService) => s.attributes.find((a) => a.taxonomy_term.code === 'offer-id')?.value;

/** What an aggregator sees: a way to reach the service, or its organization, in the HSDS file alone. */
function reachableInHsds(s: HsdsService): boolean {
  const org = s.organization;
  const own = s.phones.length > 0 || !!s.email || !!s.url;
  return own || (org.phones?.length ?? 0) > 0 || !!org.email || !!org.website;
}

/** The same question asked of the catalogue: the offer's own contact or its provider's in organizations.json. */
function reachableInData(o: OfferRecord): boolean {
  const provider = organizations.find((org) => org.id === o.organization.id);
  const own = o.phones.length > 0 || !!o.email || !!o.url;
  return own || (!!provider && (provider.phones.length > 0 || !!provider.email || !!provider.url));
}

describe('open data keeps every contact', () => {
  const localIds = new Set(offers.filter(local).map((o) => o.id));
  const services = toHsdsServices(offers, ctx).filter((s) => localIds.has(offerIdOf(s) ?? ''));

  it('an aggregator reading the HSDS file reaches as many local offers as the catalogue does', () => {
    const reachable = services.filter(reachableInHsds).length;
    const ownOnly = offers.filter(local).filter((o) => o.phones.length > 0 || o.email || o.url).length;
    console.info(
      `HSDS: ${reachable} of ${services.length} local offers reachable (own contact only: ${ownOnly})`,
    );
    expect(services).toHaveLength(localIds.size);
    expect(reachable).toBe(offers.filter(local).filter(reachableInData).length);
    expect(reachable).toBeGreaterThan(ownOnly);
  });

  it("puts the provider's phones on the HSDS organization, linked by organization_id", () => {
    const withPhones = services.filter((s) => (s.organization.phones?.length ?? 0) > 0);
    expect(withPhones.length).toBeGreaterThan(0);
    for (const s of withPhones) {
      for (const phone of s.organization.phones ?? []) expect(phone.organization_id).toBe(s.organization.id);
    }
  });

  it("carries the provider's contact in the open-data CSV", () => {
    const [header = [], ...rows] = Papa.parse<string[]>(toOffersCsv(offers, ctx).slice(BOM.length), {
      skipEmptyLines: true,
    }).data;
    const withProvider = offers.find((o) => {
      const provider = organizations.find((org) => org.id === o.organization.id);
      return provider && provider.phones.length > 0 && provider.url;
    });
    const provider = organizations.find((org) => org.id === withProvider?.organization.id);
    const row = rows.find((r) => r[0] === withProvider?.id);
    expect(row?.[header.indexOf('organization_phones')]).toBe(
      provider?.phones.map((p) => p.display).join('|'),
    );
    expect(row?.[header.indexOf('organization_url')]).toBe(provider?.url);
  });

  it('names the licences and the attribution beside the files and in datapackage.json', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-open-data-'));
    try {
      writeOpenData(dir, offers, ctx);
      const licence = fs.readFileSync(path.join(dir, 'open-data/LIZENZ.txt'), 'utf8');
      expect(licence).toContain('Datenlizenz Deutschland – Namensnennung – 2.0');
      expect(licence).toContain('nennt seine Quelle (source_url)');
      expect(licence).toContain('Zusammenstellung: Datenlizenz Deutschland');
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'open-data/datapackage.json'), 'utf8')) as {
        licenses: { name: string }[];
        resources: { path: string }[];
      };
      expect(pkg.licenses.map((l) => l.name)).toEqual(['dl-de-by-2.0', 'CC-BY-SA-4.0']);
      for (const { path: file } of pkg.resources)
        expect(fs.existsSync(path.join(dir, 'open-data', file))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
