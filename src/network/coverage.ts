import type { OfferRecord, RegionInfo, Taxonomy } from '../catalogue/index.ts';

/** One region's row of the matrix: `counts[i]` active local offers for the taxonomy's i-th topic. */
export interface MatrixRow {
  region: string;
  name: string;
  counts: number[];
}

/** Region × topic: how many active local offers each region has per topic; a 0 is a gap. */
export interface CoverageMatrix {
  topics: { id: string; label: string }[];
  rows: MatrixRow[];
}

/** The regions an offer serves, as far as they are known. */
export function areasOf(offer: OfferRecord, regions: RegionInfo[]): RegionInfo[] {
  return offer.service_areas
    .map((code) => regions.find((r) => r.code === code))
    .filter((r) => r !== undefined);
}

/** A local offer serves only local regions (a Bavaria- or Germany-wide hotline is not local). */
export function isLocalOffer(offer: OfferRecord, regions: RegionInfo[]): boolean {
  const areas = areasOf(offer, regions);
  return areas.length > 0 && areas.every((r) => r.kind === 'local');
}

/** Whether the offer's end date has come. */
export const hasEnded = (offer: OfferRecord, today: string): boolean =>
  offer.end_date !== undefined && offer.end_date <= today;

/** The local offers that serve `region` (an offer serving two regions belongs to both). */
export function localOffersOf(
  offers: OfferRecord[],
  region: RegionInfo,
  regions: RegionInfo[],
): OfferRecord[] {
  return offers.filter((o) => o.service_areas.includes(region.code) && isLocalOffer(o, regions));
}

/** Per taxonomy topic, in the taxonomy's order, how many of the offers have it. */
export function topicCounts(offers: OfferRecord[], taxonomy: Taxonomy): number[] {
  return taxonomy.topics.map((t) => offers.filter((o) => o.topics.includes(t.id)).length);
}

/** The topics no offer covers: the gaps, in the taxonomy's order. */
export function topicsWithoutOffer(offers: OfferRecord[], taxonomy: Taxonomy): string[] {
  const counts = topicCounts(offers, taxonomy);
  return taxonomy.topics.filter((_, i) => counts[i] === 0).map((t) => t.id);
}

/** The coverage matrix over the local regions, counting active offers only. Pure: `today` is injected. */
export function coverageMatrix(
  offers: OfferRecord[],
  taxonomy: Taxonomy,
  regions: RegionInfo[],
  today: string,
): CoverageMatrix {
  const active = offers.filter((o) => !hasEnded(o, today));
  return {
    topics: taxonomy.topics.map((t) => ({ id: t.id, label: t.label })),
    rows: regions
      .filter((r) => r.kind === 'local')
      .map((r) => ({
        region: r.id,
        name: r.name,
        counts: topicCounts(localOffersOf(active, r, regions), taxonomy),
      })),
  };
}
