import type { Location, OfferRecord, RegionInfo } from '../../../src/catalogue/types.ts';
import type { HsdsAddress, HsdsServiceAtLocation } from './types.ts';
import { hsdsId } from './uuid.ts';

/** The catalogue covers German offers only, so every address is in Germany (ISO 3166-1 alpha-2). */
export const COUNTRY = 'DE';

/**
 * The Bundesland of an offer's addresses: the `state` of its service areas, but only when every service area
 * resolves to a region with one and the same state. A record has no state field; HSDS requires one.
 */
export function stateOfOffer(record: OfferRecord, regions: RegionInfo[]): string | undefined {
  const states = new Set(record.service_areas.map((code) => regions.find((r) => r.code === code)?.state));
  if (states.size !== 1) return undefined;
  const [state] = states;
  return state;
}

/** The record's address as one line of text ("Straße, PLZ Ort"), for locations that cannot carry an HSDS address. */
export function addressText(location: Location): string {
  const { address_1, postal_code, city } = location.address;
  const place = postal_code ? `${postal_code} ${city}` : city;
  return address_1 ? `${address_1}, ${place}` : place;
}

function hsdsAddress(location: Location, locationId: string, state: string | undefined): HsdsAddress[] {
  const { address_1, postal_code, city } = location.address;
  if (!address_1 || !postal_code || !state) return [];
  return [
    {
      id: hsdsId('address', locationId),
      location_id: locationId,
      address_1,
      city,
      state_province: state,
      postal_code,
      country: COUNTRY,
      address_type: 'physical',
    },
  ];
}

function describe(location: Location, hasAddress: boolean): string | undefined {
  const parts: string[] = [];
  if (!hasAddress)
    parts.push(
      location.address.address_1 ? `Adresse: ${addressText(location)}` : `Ort: ${addressText(location)}`,
    );
  if (location.coordinates_precision === 'municipality') {
    parts.push('Koordinaten: Mittelpunkt der Gemeinde, nicht die genaue Adresse');
  }
  return parts.length > 0 ? `${parts.join('. ')}.` : undefined;
}

/**
 * One service_at_location per record location. An HSDS address is written only when the record has street,
 * postal code and city and the state is known; otherwise the record's partial address goes into the location's
 * description, so nothing is lost and nothing is made up.
 */
export function serviceAtLocations(
  record: OfferRecord,
  serviceId: string,
  regions: RegionInfo[],
): HsdsServiceAtLocation[] {
  const state = stateOfOffer(record, regions);
  return record.locations.map((location, index) => {
    const locationId = hsdsId('location', record.id, String(index));
    const addresses = hsdsAddress(location, locationId, state);
    const description = describe(location, addresses.length > 0);
    return {
      id: hsdsId('service_at_location', record.id, String(index)),
      service_id: serviceId,
      location_id: locationId,
      location: {
        id: locationId,
        location_type: 'physical',
        ...(location.name ? { name: location.name } : {}),
        ...(description ? { description } : {}),
        latitude: location.latitude,
        longitude: location.longitude,
        addresses,
      },
    };
  });
}
