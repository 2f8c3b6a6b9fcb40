/**
 * datapackage.json checked from outside, as a data portal would: with the Frictionless Data library for JavaScript
 * (npm `datapackage`) and with the official Data Package profile that library ships, under Ajv with formats (the
 * library's own validator, tv4, does not check `format`, so it let a bare date in `created` through).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { Package } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER, createdAt, dataPackage, writeOpenData } from '../../../scripts/lib/open-data/index.ts';
import { realContext as ctx, realOffers as offers } from './open-data-fixture.ts';

/**
 * The Data Package profile (https://specs.frictionlessdata.io/schemas/data-package.json, per the library's
 * profiles/registry.json), draft-04: its keywords mean the same under Ajv's draft-07, so only `$schema` goes.
 */
function profileValidator(): ValidateFunction {
  const file = createRequire(import.meta.url).resolve('datapackage/lib/profiles/data-package.json');
  const { $schema: _draft04, ...profile } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<
    string,
    unknown
  >;
  // Unknown keywords still fail (strictSchema); strictTypes is off, since the official profile puts `required`
  // under `items` and `oneOf` without repeating `type: object` there.
  const ajv = new Ajv({ allErrors: true, strictSchema: true, strictTypes: false });
  // The profile's annotations for form builders: known keywords without validation semantics.
  ajv.addVocabulary(['propertyOrder', 'context', 'options', 'hidden']);
  ajv.addFormat('textarea', true); // a form-widget hint on `description`, not a constraint
  addFormats(ajv); // uri, email and date-time: checked
  return ajv.compile(profile);
}

/** Loads datapackage.json with the library and reads every tabular resource, as a portal's import would. */
async function loadWithLibrary(descriptor: string) {
  const pkg = await Package.load(descriptor, { basePath: path.dirname(descriptor) });
  const tables = new Map<string, { headers: string[]; rows: unknown[][] }>();
  for (const resource of pkg.resources.filter((r) => r.tabular)) {
    const rows = (await resource.read()) as unknown[][];
    tables.set(resource.name, { headers: resource.headers ?? [], rows });
  }
  return { valid: pkg.valid, errors: pkg.errors.map(String), resources: pkg.resources, tables };
}

describe('datapackage.json, validated from outside', () => {
  let dir: string;
  let descriptor: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-datapackage-'));
    writeOpenData(dir, offers, ctx);
    descriptor = path.join(dir, 'open-data', 'datapackage.json');
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('meets the official Data Package profile, formats included (created is an RFC 3339 date-time)', () => {
    const validate = profileValidator();
    const written = JSON.parse(fs.readFileSync(descriptor, 'utf8')) as { created: string };
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    expect(written.created).toBe('2026-11-25T00:00:00Z');
  });

  it('the profile check can fail: a bare date in created is refused', () => {
    const validate = profileValidator();
    expect(validate({ ...dataPackage('2026-11-25'), created: '2026-11-25' })).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(['/created format']);
  });

  it("created is the build's date at midnight UTC, never the clock, and only a real YYYY-MM-DD is taken", () => {
    expect(createdAt('2026-11-25')).toBe('2026-11-25T00:00:00Z');
    expect(dataPackage('2026-11-25')).toEqual(dataPackage('2026-11-25'));
    expect(() => createdAt('2026-11-25T10:00:00Z')).toThrow(/not a YYYY-MM-DD date/);
  });

  it('loads with the Frictionless Data library and reads every offer from the CSV, in utf-8', async () => {
    const { valid, errors, resources, tables } = await loadWithLibrary(descriptor);
    expect({ valid, errors }).toEqual({ valid: true, errors: [] });
    expect(resources.map((r) => r.name)).toEqual(['services', 'offers', 'licence']);
    const offersCsv = resources.find((r) => r.name === 'offers');
    expect(offersCsv?.descriptor.encoding).toBe('utf-8');
    for (const r of resources)
      expect(fs.existsSync(path.join(dir, 'open-data', r.descriptor.path))).toBe(true);
    const table = tables.get('offers');
    // The file keeps its BOM for Excel; this library leaves U+FEFF on the first name, frictionless-py drops it.
    expect(table?.headers.map((h) => h.replace(/^\uFEFF/, ''))).toEqual([...CSV_HEADER]);
    expect(table?.rows).toHaveLength(offers.length);
    for (const row of table?.rows ?? []) expect(row).toHaveLength(CSV_HEADER.length);
    expect(new Set(table?.rows.map((r) => r[0]))).toEqual(new Set(offers.map((o) => o.id)));
  });

  it('the library check can fail: it refuses to read a CSV declared as utf-8-sig', async () => {
    const pkg = JSON.parse(fs.readFileSync(descriptor, 'utf8')) as { resources: { encoding?: string }[] };
    const other = path.join(dir, 'open-data', 'datapackage-sig.json');
    for (const r of pkg.resources) if (r.encoding) r.encoding = 'utf-8-sig';
    fs.writeFileSync(other, JSON.stringify(pkg));
    await expect(loadWithLibrary(other)).rejects.toThrow(/Unknown encoding: utf-8-sig/);
    // The library had opened a read stream before it failed and never closes it: give it time to open while the
    // file is still there, or afterAll's clean-up would make that late open an uncaught ENOENT.
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
});
