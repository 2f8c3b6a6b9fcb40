import {
  type AreaId,
  LOCAL_REGION_IDS,
  type LocalRegionId,
  type Offer,
  type RegionInfo,
} from '../../catalogue/index.ts';
import { isFixedLine } from '../common/emergency.ts';

/** The 24/7 numbers of the catalogue, grouped for one family: their region's, the wide-area ones, the rest. */
export interface HelpLines {
  /** Lines that serve the family's own region (empty without a known region). */
  local: Offer[];
  /** Bavaria- and Germany-wide lines that serve the family (all of them without a known region). */
  wide: Offer[];
  /** Lines for other regions (every local line without a known region). */
  other: Offer[];
}

/** The region id from a URL or the answers, or undefined when it is none of the five. */
export function knownRegion(value: string | undefined | null): LocalRegionId | undefined {
  return LOCAL_REGION_IDS.find((id) => id === value);
}

/** The areas whose offers serve a region: itself, the wide areas of its state, and Germany. */
export function areasServing(regions: readonly RegionInfo[], region: LocalRegionId): AreaId[] {
  const own = regions.find((r) => r.id === region);
  const wide = regions.filter((r) => r.kind === 'wide' && (!r.state || r.state === own?.state));
  return [region, ...wide.map((r) => r.id)];
}

/**
 * Every offer reachable by phone around the clock, except the fixed lines shown from the first bundle and offers
 * whose end date has come (as the build counts it, scripts/lib/load-offers.ts); an announced end keeps it until then.
 */
function allDayLines(offers: readonly Offer[], today: string): Offer[] {
  const running = (o: Offer) => !o.end_date || o.end_date > today;
  return offers.filter((o) => o.available_24_7 && o.phones.length > 0 && running(o) && !isFixedLine(o.id));
}

/** Groups the 24/7 lines for a family in `region` (or for a family whose region is not known). */
export function helpLines(
  offers: readonly Offer[],
  regions: readonly RegionInfo[],
  region?: LocalRegionId,
  today: string = new Date().toISOString().slice(0, 10),
): HelpLines {
  const wideIds = new Set(regions.filter((r) => r.kind === 'wide').map((r) => r.id));
  const isWide = (o: Offer) => o.areas.some((a) => wideIds.has(a));
  const lines = allDayLines(offers, today);
  if (!region) {
    return { local: [], wide: lines.filter(isWide), other: lines.filter((o) => !isWide(o)) };
  }
  const serving = new Set(areasServing(regions, region));
  const serves = (o: Offer) => o.areas.some((a) => serving.has(a));
  return {
    local: lines.filter((o) => serves(o) && o.areas.includes(region)),
    wide: lines.filter((o) => serves(o) && !o.areas.includes(region)),
    other: lines.filter((o) => !serves(o)),
  };
}
