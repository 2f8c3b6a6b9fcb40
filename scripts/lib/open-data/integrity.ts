/**
 * The HSDS export as tables: what an aggregator gets when it loads services.json into one table per record type
 * (HSDS 3.0's tabular form). Each id must be a key there and each reference must find its record; a nested
 * object that repeats (an organization, a taxonomy term under every service that uses it) must then be the very
 * same record each time, or its rows collide.
 */
import type { HsdsService } from './types.ts';

/** The record type of the objects under each nesting property of the export. */
const NESTED: Readonly<Record<string, string>> = {
  organization: 'organization',
  phones: 'phone',
  schedules: 'schedule',
  service_areas: 'service_area',
  service_at_locations: 'service_at_location',
  location: 'location',
  addresses: 'address',
  languages: 'language',
  cost_options: 'cost_option',
  attributes: 'attribute',
  taxonomy_term: 'taxonomy_term',
  taxonomy_detail: 'taxonomy',
};

/** The foreign keys and the record type each points to (attribute.link_id: the type its link_entity names). */
const REFERENCES: Readonly<Record<string, string>> = {
  organization_id: 'organization',
  service_id: 'service',
  location_id: 'location',
  taxonomy_term_id: 'taxonomy_term',
  taxonomy_id: 'taxonomy',
};

type Row = Record<string, unknown>;

/** Every record of the export as a table row (its own fields, nested objects left out), by type and id. */
export function hsdsTables(services: readonly HsdsService[]): {
  tables: Map<string, Map<string, Row>>;
  problems: string[];
} {
  const tables = new Map<string, Map<string, Row>>();
  const problems: string[] = [];
  const visit = (type: string, record: Row): void => {
    const row: Row = {};
    for (const [key, value] of Object.entries(record)) {
      if (value === null || typeof value !== 'object') {
        row[key] = value;
        continue;
      }
      const nested = NESTED[key];
      if (!nested) {
        problems.push(`${type}.${key}: nested object of no known record type`);
        continue;
      }
      for (const child of Array.isArray(value) ? value : [value]) visit(nested, child as Row);
    }
    const id = row.id;
    if (typeof id !== 'string' || id === '') {
      problems.push(`${type} without an id: ${JSON.stringify(row)}`);
      return;
    }
    const table = tables.get(type) ?? new Map<string, Row>();
    tables.set(type, table);
    const earlier = table.get(id);
    if (!earlier) table.set(id, row);
    else if (JSON.stringify(earlier) !== JSON.stringify(row))
      problems.push(`${type} ${id}: two different records share the id`);
  };
  for (const service of services) visit('service', service as unknown as Row);
  return { tables, problems };
}

/** What keeps the export from loading into tables: duplicate ids per record type and references to nothing. */
export function hsdsKeyProblems(services: readonly HsdsService[]): string[] {
  const { tables, problems } = hsdsTables(services);
  const has = (type: string, id: unknown) => typeof id === 'string' && !!tables.get(type)?.has(id);
  for (const [type, table] of tables) {
    for (const [id, row] of table) {
      for (const [key, value] of Object.entries(row)) {
        const target = key === 'link_id' ? String(row.link_entity) : REFERENCES[key];
        if (target && !has(target, value))
          problems.push(`${type} ${id}: ${key} ${String(value)} names no ${target}`);
      }
    }
  }
  return [...new Set(problems)];
}
