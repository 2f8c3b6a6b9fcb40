import type { RegionInfo } from '../../../src/catalogue/types.ts';
import { pointInAnyPolygon } from './geometry.ts';
import { pointerOf } from './pointer.ts';
import type { OfferContext, Reference } from './types.ts';

/** The local regions an offer serves, or null when it serves a wide area (Bayern, Deutschland). */
export function servedLocalRegions(serviceAreas: string[], ref: Reference): RegionInfo[] | null {
  const regions = serviceAreas.map((code) => ref.regions.find((r) => r.code === code));
  // Unknown codes are reported by the id check; they must not turn a local offer into a wide one here.
  const known = regions.filter((r): r is RegionInfo => r !== undefined);
  if (known.length === 0 || known.some((r) => r.kind !== 'local')) return null;
  return known;
}

/** Postal codes of all places that belong to the given regions. */
function postalCodesOf(regions: RegionInfo[], ref: Reference): Set<string> {
  const ids = new Set<string>(regions.map((r) => r.id));
  return new Set(ref.places.filter((p) => ids.has(p.region)).flatMap((p) => p.postal_codes));
}

/** Rules 6 and 7: a local offer's addresses and coordinates lie in the regions it serves. */
export function checkLocations(ctx: OfferContext): void {
  const { record, ref } = ctx;
  const regions = servedLocalRegions(record.service_areas, ref);
  // Wide-area offers: the schema's latitude/longitude bounds already keep them inside Germany's box.
  if (!regions || record.locations.length === 0) return;
  const names = regions.map((r) => r.id).join(', ');
  const postalCodes = postalCodesOf(regions, ref);
  const polygons = regions.flatMap((r) =>
    (r.catchment_ags ?? []).flatMap((ags) => ref.polygons.get(ags) ?? []),
  );
  record.locations.forEach((location, i) => {
    const at = pointerOf(ctx.pointer, 'locations', i);
    const postalCode = location.address.postal_code;
    if (postalCode !== null && !postalCodes.has(postalCode)) {
      const message = `postal code ${postalCode} is not in the places of the served regions (${names})`;
      ctx.report(pointerOf(at, 'address', 'postal_code'), message, 'postal-code');
    }
    if (!pointInAnyPolygon(location.longitude, location.latitude, polygons)) {
      const where = `${location.latitude}, ${location.longitude}`;
      ctx.report(at, `coordinates ${where} lie outside the served regions (${names})`, 'coordinates');
    }
  });
}
