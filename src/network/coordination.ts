import type { OfferRecord, Organization, Phone, RegionInfo } from '../catalogue/index.ts';

/** A region's KoKi / Frühe-Hilfen coordination with only the contact the data gives. */
export interface Coordination {
  id: string;
  name: string;
  phones: Phone[];
  email: string | null;
  url: string | null;
  /** The provider's general contact, when the coordination has no phone of its own but the provider does. */
  provider: Organization | null;
  sourceUrl: string;
}

/** The coordinations (offers of category `koki`) that serve `region`. */
export function coordinationsOf(
  offers: OfferRecord[],
  organizations: Organization[],
  region: RegionInfo,
): Coordination[] {
  return offers
    .filter((o) => o.category === 'koki' && o.service_areas.includes(region.code))
    .map((o) => {
      const org = organizations.find((g) => g.id === o.organization.id);
      const viaProvider =
        o.phones.length === 0 &&
        org &&
        (org.phones.length > 0 || (!o.email && !o.url && (!!org.email || !!org.url)));
      return {
        id: o.id,
        name: o.name,
        phones: o.phones,
        email: o.email,
        url: o.url,
        provider: viaProvider ? org : null,
        sourceUrl: o.source.url,
      };
    });
}
