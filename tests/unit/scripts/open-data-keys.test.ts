/**
 * The HSDS export loaded into tables, as an aggregator does: one table per record type, the id its key, every
 * reference (service_id, organization_id, location_id, taxonomy_term_id, taxonomy_id, link_id) a foreign key.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type HsdsService,
  hsdsKeyProblems,
  hsdsTables,
  toHsdsServices,
  writeOpenData,
} from '../../../scripts/lib/open-data/index.ts';
import { realContext as ctx, realOffers as offers } from './open-data-fixture.ts';

const services = toHsdsServices(offers, ctx);
const copy = (s: HsdsService): HsdsService => JSON.parse(JSON.stringify(s)) as HsdsService;

describe('the HSDS export as tables', () => {
  it('has one record per id in each record type, and every reference finds its record', () => {
    expect(hsdsKeyProblems(services)).toEqual([]);
    const { tables } = hsdsTables(services);
    expect(tables.get('service')?.size).toBe(offers.length);
    expect([...tables.keys()].sort()).toEqual([
      'address',
      'attribute',
      'cost_option',
      'language',
      'location',
      'organization',
      'phone',
      'schedule',
      'service',
      'service_area',
      'service_at_location',
      'taxonomy',
      'taxonomy_term',
    ]);
  });

  it('gives each organization phone its own id per organization (one provider may stand behind several)', () => {
    const owners = new Map<string, Set<string>>();
    for (const s of services)
      for (const phone of s.organization.phones ?? [])
        owners.set(phone.id, (owners.get(phone.id) ?? new Set()).add(phone.organization_id ?? ''));
    expect(owners.size).toBeGreaterThan(0);
    const shared = [...owners].filter(([, orgs]) => orgs.size > 1).map(([id, orgs]) => `${id}: ${orgs.size}`);
    expect(shared).toEqual([]);
  });

  it('nests the taxonomy that each taxonomy_term’s taxonomy_id names', () => {
    const terms = services.flatMap((s) => s.attributes.map((a) => a.taxonomy_term));
    expect(terms.length).toBeGreaterThan(0);
    for (const t of terms) {
      expect(t.taxonomy_detail?.id).toBe(t.taxonomy_id);
      expect(t.taxonomy_detail?.name).toBe(t.taxonomy);
    }
  });

  it('the check can fail: a shared id with other content, a reference to nothing, an unknown nesting', () => {
    const [a, b] = services.filter((s) => (s.organization.phones?.length ?? 0) > 0);
    if (!a || !b) throw new Error('need two services whose organization has phones');
    const twin = copy(b);
    const [phone] = twin.organization.phones ?? [];
    if (!phone) throw new Error('no phone');
    phone.id = a.organization.phones?.[0]?.id ?? '';
    expect(hsdsKeyProblems([a, twin])).toEqual([`phone ${phone.id}: two different records share the id`]);
    const dangling = copy(a);
    const [area] = dangling.service_areas;
    if (!area) throw new Error('no service area');
    area.service_id = b.id;
    expect(hsdsKeyProblems([dangling])).toEqual([
      `service_area ${area.id}: service_id ${b.id} names no service`,
    ]);
    const linked = copy(a);
    const [attribute] = linked.attributes;
    if (!attribute) throw new Error('no attribute');
    attribute.link_id = b.id;
    expect(hsdsKeyProblems([linked])).toContain(
      `attribute ${attribute.id}: link_id ${b.id} names no service`,
    );
    const odd = { ...copy(a), contacts: [{ id: 'x' }] } as HsdsService;
    expect(hsdsKeyProblems([odd])).toEqual(['service.contacts: nested object of no known record type']);
  });

  it('writeOpenData refuses an export whose ids collide, and writes nothing', () => {
    const [first] = offers;
    if (!first) throw new Error('no offers');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-open-data-keys-'));
    try {
      expect(() => writeOpenData(dir, [first, { ...first, name: `${first.name} (Kopie)` }], ctx)).toThrow(
        /does not load into tables; nothing was written:\nservice [0-9a-f-]+: two different records share the id/,
      );
      expect(fs.existsSync(path.join(dir, 'open-data'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
