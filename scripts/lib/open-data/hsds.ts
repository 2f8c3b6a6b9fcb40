import type { OfferRecord, RegionInfo, Taxonomy } from '../../../src/catalogue/types.ts';
import { recordAttributes, taxonomyAttributes } from './attributes.ts';
import { serviceAtLocations } from './locations.ts';
import type {
  HsdsCostOption,
  HsdsLanguage,
  HsdsOrganization,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
  OpenDataContext,
} from './types.ts';
import { hsdsId } from './uuid.ts';

/** 'mul' means "many languages through interpreters": HSDS puts that in interpretation_services, not languages. */
const INTERPRETED = 'mul';
const ALWAYS_OPEN = 'Rund um die Uhr erreichbar (24/7)';
/** HSDS requires an organization description; the record has none, so the export says so instead of guessing. */
export const NO_ORGANIZATION_DESCRIPTION = 'Keine Beschreibung im Lotse-Katalog erfasst.';

/** UTC today as YYYY-MM-DD. */
export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The HSDS status: inactive once the record's end_date lies before `today`. */
export function statusOf(record: OfferRecord, today: string): HsdsService['status'] {
  return record.end_date !== undefined && record.end_date < today ? 'inactive' : 'active';
}

/** The provider's general contact from data/organizations.json, for an offer that names it with organization.id. */
function providerContact(
  record: OfferRecord,
  orgId: string,
  ctx: OpenDataContext,
): Partial<HsdsOrganization> {
  const provider = ctx.organizations.find((o) => o.id === record.organization.id);
  if (!provider) return {};
  return {
    ...(provider.email ? { email: provider.email } : {}),
    ...(provider.url ? { website: provider.url } : {}),
    // The phone's key holds the HSDS organization's id: that id comes from the offer's organization name, and
    // one provider may stand behind offers under several names, each of which carries the phones as its own.
    phones: provider.phones.map((phone, index) => ({
      id: hsdsId('phone', 'organization', orgId, provider.id, String(index)),
      organization_id: orgId,
      number: phone.number,
      ...(phone.description ? { description: phone.description } : {}),
    })),
  };
}

function organization(record: OfferRecord, ctx: OpenDataContext): HsdsOrganization {
  const { name } = record.organization;
  const id = hsdsId('organization', name);
  return { id, name, description: NO_ORGANIZATION_DESCRIPTION, ...providerContact(record, id, ctx) };
}

function schedules(record: OfferRecord, serviceId: string): HsdsSchedule[] {
  if (!record.schedule && !record.available_24_7) return [];
  const description = record.schedule?.description ?? ALWAYS_OPEN;
  const notes = record.schedule && record.available_24_7 ? { notes: ALWAYS_OPEN } : {};
  return [{ id: hsdsId('schedule', record.id), service_id: serviceId, description, ...notes }];
}

function serviceAreas(record: OfferRecord, serviceId: string, regions: RegionInfo[]): HsdsServiceArea[] {
  return record.service_areas.map((code) => {
    const region = regions.find((r) => r.code === code);
    const description = !region
      ? `Gebietscode ${code}`
      : region.kind === 'local'
        ? [`Amtlicher Gemeindeschlüssel (AGS) ${code}`, region.jugendamt].filter(Boolean).join('; ')
        : `Überregional: ${region.name}`;
    return {
      id: hsdsId('service_area', record.id, code),
      service_id: serviceId,
      name: region?.name ?? code,
      description,
    };
  });
}

function languages(record: OfferRecord, serviceId: string, tx: Taxonomy): HsdsLanguage[] {
  return record.languages
    .filter((code) => code !== INTERPRETED)
    .map((code) => ({
      id: hsdsId('language', record.id, code),
      service_id: serviceId,
      name: tx.languages.find((l) => l.id === code)?.label ?? code,
      code,
    }));
}

function interpretation(record: OfferRecord, tx: Taxonomy): { interpretation_services?: string } {
  if (!record.languages.includes(INTERPRETED)) return {};
  return { interpretation_services: tx.languages.find((l) => l.id === INTERPRETED)?.label ?? INTERPRETED };
}

function costs(
  record: OfferRecord,
  serviceId: string,
): Pick<HsdsService, 'cost_options' | 'fees_description'> {
  const id = hsdsId('cost_option', record.id);
  if (record.free === true) {
    return {
      fees_description: 'kostenlos',
      cost_options: [{ id, service_id: serviceId, option: 'kostenlos', amount: 0, currency: 'EUR' }],
    };
  }
  if (record.free === false) {
    const option: HsdsCostOption = { id, service_id: serviceId, option: 'kostenpflichtig' };
    return { fees_description: 'kostenpflichtig', cost_options: [option] };
  }
  return { cost_options: [] };
}

/** One offer as an HSDS 3.0 service with its nested objects; only facts from the record, optional gaps omitted. */
export function toHsdsService(record: OfferRecord, ctx: OpenDataContext): HsdsService {
  const id = hsdsId('service', record.id);
  const org = organization(record, ctx);
  return {
    id,
    organization_id: org.id,
    name: record.name,
    description: record.description,
    ...(record.url ? { url: record.url } : {}),
    ...(record.email ? { email: record.email } : {}),
    status: statusOf(record, ctx.today ?? isoToday()),
    ...interpretation(record, ctx.taxonomy),
    ...costs(record, id),
    assured_date: record.assured_date,
    organization: org,
    phones: record.phones.map((phone, index) => ({
      id: hsdsId('phone', record.id, String(index)),
      service_id: id,
      number: phone.number,
      ...(phone.description ? { description: phone.description } : {}),
    })),
    schedules: schedules(record, id),
    service_areas: serviceAreas(record, id, ctx.regions),
    service_at_locations: serviceAtLocations(record, id, ctx.regions),
    languages: languages(record, id, ctx.taxonomy),
    attributes: [...recordAttributes(record, id), ...taxonomyAttributes(record, id, ctx.taxonomy)],
  };
}

/** Every offer as an HSDS 3.0 service, sorted by offer id so that the export is the same for the same data. */
export function toHsdsServices(offers: OfferRecord[], ctx: OpenDataContext): HsdsService[] {
  return [...offers]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((o) => toHsdsService(o, ctx));
}
