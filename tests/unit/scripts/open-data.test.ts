import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BOM,
  CSV_HEADER,
  csvField,
  guardFormula,
  type HsdsService,
  type OpenDataContext,
  toHsdsServices,
  toOffersCsv,
  uuidV5,
  writeOpenData,
} from '../../../scripts/lib/open-data/index.ts';
import type { OfferRecord, Organization, RegionInfo, Taxonomy } from '../../../src/catalogue/types.ts';

const DATA = path.resolve(import.meta.dirname, '../../../data');
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as T;

const offers: OfferRecord[] = fs
  .readdirSync(path.join(DATA, 'catalogue'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => readJson<{ offers: OfferRecord[] }>(path.join('catalogue', f)).offers);
const { regions } = readJson<{ regions: RegionInfo[] }>('regions.json');
const { $schema: _schema, ...taxonomy } = readJson<Taxonomy & { $schema?: string }>('taxonomy.json');
const { organizations } = readJson<{ organizations: Organization[] }>('organizations.json');
const ctx: OpenDataContext = { regions, taxonomy, organizations, today: '2026-11-25' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The schema has no $schema and uses `definitions` + `#/definitions/...` refs: draft-07, Ajv's default class. */
function hsdsValidator(): ValidateFunction {
  const schema = readJson<Record<string, unknown>>('hsds/service_with_definitions.json');
  const ajv = new Ajv({ allErrors: true, strict: true });
  // Frictionless/datapackage annotations the HSDS build leaves in the schema: registered as known keywords
  // without validation semantics (instead of strict: false), so any other unknown keyword still fails.
  ajv.addVocabulary([
    'name',
    'path',
    'datapackage_metadata',
    'datapackage_type',
    'constraints',
    'example',
    'core',
  ]);
  ajv.addVocabulary(['tabular_required']);
  addFormats(ajv); // uuid, uri, email, date-time
  return ajv.compile(schema);
}

function readable(errors: ErrorObject[] | null | undefined, limit = 5): string {
  return (errors ?? [])
    .slice(0, limit)
    .map((e) => `  ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}

/** The Lotse offer id the export keeps in the 'offer-id' attribute. */
function offerIdOf(service: HsdsService): string | undefined {
  return service.attributes.find((a) => a.taxonomy_term.code === 'offer-id')?.value;
}

/** A small RFC 4180 parser (comma, CRLF, "" inside quotes), independent of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('HSDS 3.0 export', () => {
  let validate: ValidateFunction;
  let services: HsdsService[];
  beforeAll(() => {
    validate = hsdsValidator();
    services = toHsdsServices(offers, ctx);
  });

  it('exports all 99 real offers, each with its own id', () => {
    expect(offers).toHaveLength(99);
    expect(services).toHaveLength(99);
    expect(new Set(services.map(offerIdOf))).toEqual(new Set(offers.map((o) => o.id)));
  });

  it('validates every service against data/hsds/service_with_definitions.json', () => {
    const failures = services
      .map((s) => ({ id: offerIdOf(s), ok: validate(s), errors: validate.errors }))
      .filter((r) => !r.ok);
    const report = failures.slice(0, 3).map((f) => `${f.id}:\n${readable(f.errors)}`);
    expect(report.join('\n'), `${failures.length} service(s) fail HSDS validation`).toBe('');
  });

  it('rejects a service that breaks the schema, so the validation test can fail', () => {
    const [first] = services;
    if (!first) throw new Error('no services');
    const broken = JSON.parse(JSON.stringify(first)) as Record<string, unknown>;
    broken.status = 'open';
    broken.organization = { id: 'not-a-uuid', name: 'X' };
    broken.phones = [{ id: first.id, number: 4912345 }];
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/status enum',
        '/organization/id format',
        '/organization required',
        '/phones/0/number type',
      ]),
    );
    expect(validate({ id: first.id, name: 'X', status: 'active', email: 'no mail' })).toBe(false);
    expect(validate({ id: first.id, name: 'X' })).toBe(false);
  });

  it('is deterministic: same input, same JSON; ids are version-5 UUIDs and unique', () => {
    const again = toHsdsServices([...offers].reverse(), ctx);
    expect(JSON.stringify(again)).toBe(JSON.stringify(services));
    const ids = services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of services) {
      expect(s.id).toMatch(UUID);
      expect(s.organization_id).toBe(s.organization.id);
    }
    // RFC 4122 test vector: v5 of 'www.example.com' in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('keeps one organization id per organization name', () => {
    const byName = new Map<string, Set<string>>();
    for (const s of services)
      byName.set(s.organization.name, (byName.get(s.organization.name) ?? new Set()).add(s.organization.id));
    for (const ids of byName.values()) expect(ids.size).toBe(1);
  });

  it('writes no nulls anywhere', () => {
    expect(JSON.stringify(services)).not.toContain('null');
  });

  it('invents no facts: phones, e-mail, url and addresses are exactly the record’s', () => {
    const byId = new Map(offers.map((o) => [o.id, o]));
    for (const s of services) {
      const o = byId.get(offerIdOf(s) ?? '');
      if (!o) throw new Error(`no record for ${s.id}`);
      expect(s.name).toBe(o.name);
      expect(s.organization.name).toBe(o.organization.name);
      expect(s.phones.map((p) => [p.number, p.description])).toEqual(
        o.phones.map((p) => [p.number, p.description]),
      );
      expect(s.email).toBe(o.email ?? undefined);
      expect(s.url).toBe(o.url ?? undefined);
      expect(s.service_at_locations).toHaveLength(o.locations.length);
      s.service_at_locations.forEach((sal, i) => {
        const loc = o.locations[i];
        if (!loc) throw new Error('location mismatch');
        expect([sal.location.latitude, sal.location.longitude]).toEqual([loc.latitude, loc.longitude]);
        const { address_1, postal_code, city } = loc.address;
        if (!address_1 || !postal_code) expect(sal.location.addresses).toEqual([]);
        for (const a of sal.location.addresses)
          expect([a.address_1, a.postal_code, a.city]).toEqual([address_1, postal_code, city]);
        if (sal.location.addresses.length === 0) expect(sal.location.description).toContain(city);
      });
    }
  });

  it('derives state_province only where the postal code confirms it (AGS prefix of the PLZ’s municipality)', () => {
    type PlzEntry = { municipalities: { ags: string }[] };
    const plz = readJson<Record<string, PlzEntry>>('geo/plz_index.json');
    const stateByAgsPrefix = new Map(
      regions.filter((r) => r.kind === 'local' && r.state).map((r) => [r.code.slice(0, 2), r.state]),
    );
    const addresses = services.flatMap((s) =>
      s.service_at_locations.flatMap((sal) => sal.location.addresses),
    );
    expect(addresses.length).toBeGreaterThan(0);
    for (const a of addresses) {
      expect(a.country).toBe('DE');
      const entry = plz[a.postal_code];
      if (!entry) continue;
      const states = new Set(entry.municipalities.map((m) => stateByAgsPrefix.get(m.ags.slice(0, 2))));
      expect([...states], `${a.postal_code} ${a.city}`).toEqual([a.state_province]);
    }
  });

  it('maps status from end_date relative to the injected today, and mul to interpretation_services', () => {
    const base = offers.find((o) => o.languages.includes('mul'));
    if (!base) throw new Error('no offer with mul');
    const ended = { ...base, end_date: '2026-11-24' };
    const [inactive] = toHsdsServices([ended], ctx);
    const [active] = toHsdsServices([ended], { ...ctx, today: '2026-11-24' });
    expect(inactive?.status).toBe('inactive');
    expect(active?.status).toBe('active');
    expect(active?.interpretation_services).toBeTruthy();
    expect(active?.languages.map((l) => l.code)).not.toContain('mul');
  });
});

describe('CSV export', () => {
  const csv = toOffersCsv(offers, ctx);

  it('starts with a BOM, has the documented header and one CRLF row per offer', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(CSV_HEADER).toEqual(
      'id,name,organization,category,description,topics,stages,audiences,modes,languages,free,phones,email,url,organization_phones,organization_email,organization_url,street,postal_code,city,latitude,longitude,coordinates_precision,hours,available_24_7,regions,service_areas,source_url,source_date,confidence,assured_date,end_date'.split(
        ',',
      ),
    );
    expect(rows).toHaveLength(100);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(offers.map((o) => o.id)));
    expect(toOffersCsv([...offers].reverse(), ctx)).toBe(csv);
  });

  it('round-trips comma, quote, newline and umlauts; writes display phone forms', () => {
    const [first] = offers;
    if (!first) throw new Error('no offers');
    const tricky = 'Beratung, "Hilfe" & mehr;\r\nzweite Zeile – Größe Übung ß';
    const phones = [
      { number: '+499561123', display: '09561 123' },
      { number: '116111', display: '116 111' },
    ];
    const out = toOffersCsv([{ ...first, name: tricky, phones }], ctx);
    const [header, row] = parseCsv(out.slice(1));
    expect(row?.[header?.indexOf('name') ?? -1]).toBe(tricky);
    expect(row?.[header?.indexOf('phones') ?? -1]).toBe('09561 123|116 111');
    expect(csv).toContain('Ostallgäu');
  });

  it('guards against formula injection but leaves numbers alone', () => {
    expect(guardFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    for (const s of ['+1', '-x', '@SUM(A1)', '\tx']) expect(guardFormula(s)).toBe(`'${s}`);
    expect(guardFormula('-12.5')).toBe('-12.5');
    expect(guardFormula('Beratung')).toBe('Beratung');
    expect(csvField('=1+1,2')).toBe('"\'=1+1,2"');
    const [first] = offers;
    if (!first) throw new Error('no offers');
    const [, row] = parseCsv(toOffersCsv([{ ...first, name: '=cmd|calc' }], ctx).slice(1));
    expect(row?.[1]).toBe("'=cmd|calc");
  });
});

describe('writeOpenData', () => {
  it('writes services.json, offers.csv, README.txt, LIZENZ.txt and datapackage.json', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-open-data-'));
    try {
      const { files } = writeOpenData(dir, offers, ctx);
      expect(files).toHaveLength(5);
      const json = JSON.parse(
        fs.readFileSync(path.join(dir, 'open-data/hsds/services.json'), 'utf8'),
      ) as unknown[];
      expect(json).toHaveLength(99);
      const csv = fs.readFileSync(path.join(dir, 'open-data/offers.csv'));
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(fs.readFileSync(path.join(dir, 'open-data/README.txt'), 'utf8')).toContain('CC BY-SA 4.0');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
