import { type Cell, csvFile } from '../../../src/catalogue/csv.ts';
import type { OfferRecord, Organization } from '../../../src/catalogue/types.ts';
import type { OpenDataContext } from './types.ts';

export { BOM, csvField, guardFormula } from '../../../src/catalogue/csv.ts';

/** Separator inside one cell for lists (topics, phones, several locations). */
export const LIST_SEPARATOR = '|';

const list = (values: readonly (string | number | null)[]): string =>
  values.map((v) => (v === null ? '' : String(v))).join(LIST_SEPARATOR);

type Column = { name: string; value: (o: OfferRecord, ctx: OpenDataContext) => Cell };

/** The provider named by organization.id, whose general contact the app shows when the offer has none. */
const provider = (o: OfferRecord, ctx: OpenDataContext): Organization | undefined =>
  ctx.organizations.find((org) => org.id === o.organization.id);

/** The CSV columns in order; data/README-open-data.md documents each one. */
export const CSV_COLUMNS: readonly Column[] = [
  { name: 'id', value: (o) => o.id },
  { name: 'name', value: (o) => o.name },
  { name: 'organization', value: (o) => o.organization.name },
  { name: 'category', value: (o) => o.category },
  { name: 'description', value: (o) => o.description },
  { name: 'topics', value: (o) => list(o.topics) },
  { name: 'stages', value: (o) => list(o.stages) },
  { name: 'audiences', value: (o) => list(o.audiences) },
  { name: 'modes', value: (o) => list(o.modes) },
  { name: 'languages', value: (o) => list(o.languages) },
  { name: 'free', value: (o) => o.free },
  { name: 'phones', value: (o) => list(o.phones.map((p) => p.display)) },
  { name: 'email', value: (o) => o.email },
  { name: 'url', value: (o) => o.url },
  {
    name: 'organization_phones',
    value: (o, ctx) => list(provider(o, ctx)?.phones.map((p) => p.display) ?? []),
  },
  { name: 'organization_email', value: (o, ctx) => provider(o, ctx)?.email },
  { name: 'organization_url', value: (o, ctx) => provider(o, ctx)?.url },
  { name: 'street', value: (o) => list(o.locations.map((l) => l.address.address_1)) },
  { name: 'postal_code', value: (o) => list(o.locations.map((l) => l.address.postal_code)) },
  { name: 'city', value: (o) => list(o.locations.map((l) => l.address.city)) },
  { name: 'latitude', value: (o) => list(o.locations.map((l) => l.latitude)) },
  { name: 'longitude', value: (o) => list(o.locations.map((l) => l.longitude)) },
  { name: 'coordinates_precision', value: (o) => list(o.locations.map((l) => l.coordinates_precision)) },
  { name: 'hours', value: (o) => o.schedule?.description },
  { name: 'available_24_7', value: (o) => o.available_24_7 },
  {
    name: 'regions',
    value: (o, ctx) =>
      list(o.service_areas.map((code) => ctx.regions.find((r) => r.code === code)?.id ?? code)),
  },
  { name: 'service_areas', value: (o) => list(o.service_areas) },
  { name: 'source_url', value: (o) => o.source.url },
  { name: 'source_date', value: (o) => o.source.date },
  { name: 'confidence', value: (o) => o.source.confidence },
  { name: 'assured_date', value: (o) => o.assured_date },
  { name: 'end_date', value: (o) => o.end_date },
];

/** The header names, in column order. */
export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map((c) => c.name);

/** All offers as one CSV: BOM, header row, one row per offer sorted by id, comma-separated, CRLF, RFC 4180 quoting. */
export function toOffersCsv(offers: OfferRecord[], ctx: OpenDataContext): string {
  const sorted = [...offers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return csvFile([[...CSV_HEADER], ...sorted.map((o) => CSV_COLUMNS.map((c) => c.value(o, ctx)))]);
}
