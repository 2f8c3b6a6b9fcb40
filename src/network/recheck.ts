import { isOlderThanThreeYears, isRealDate, type OfferRecord, type RegionInfo } from '../catalogue/index.ts';
import { hasEnded, localOffersOf } from './coverage.ts';

/**
 * Why an entry needs another look: its sources are all older than three years (`stale`) or carry no date at all
 * (`undated`), its main source has low confidence, or it has no phone, e-mail or website of its own.
 */
export type RecheckReason = 'stale' | 'undated' | 'low-confidence' | 'no-contact';

/** A source as the re-check list links it: a web page, or a seed document named by its file. */
export interface RecheckSource {
  title: string | null;
  url: string | null;
  document: string | null;
  date: string | null;
}

export interface RecheckEntry {
  id: string;
  name: string;
  reasons: RecheckReason[];
  sources: RecheckSource[];
}

/** Whether the offer itself gives a phone, e-mail or website. */
export const hasDirectContact = (o: OfferRecord): boolean => o.phones.length > 0 || !!o.email || !!o.url;

/** Every real date the offer's source and further sources carry. */
function sourceDates(o: OfferRecord): string[] {
  const dates = [o.source.date, ...(o.further_sources ?? []).map((s) => s.date)];
  return dates.filter((d): d is string => typeof d === 'string' && isRealDate(d));
}

/** Whether the offer's source or any further source is dated within three years of today. */
export function confirmedRecently(o: OfferRecord, today: string): boolean {
  return sourceDates(o).some((d) => !isOlderThanThreeYears(d, today));
}

/** The reasons to re-check an offer as of `today`, in a fixed order; empty when there is none. */
export function recheckReasons(o: OfferRecord, today: string): RecheckReason[] {
  const reasons: RecheckReason[] = [];
  if (!confirmedRecently(o, today)) reasons.push(sourceDates(o).length > 0 ? 'stale' : 'undated');
  if (o.source.confidence === 'low') reasons.push('low-confidence');
  if (!hasDirectContact(o)) reasons.push('no-contact');
  return reasons;
}

function sourcesOf(o: OfferRecord): RecheckSource[] {
  const main = { title: null, url: o.source.url, document: null, date: o.source.date };
  const further = (o.further_sources ?? []).map((s) => ({
    title: s.title,
    url: s.url ?? null,
    document: s.document ?? null,
    date: s.date ?? null,
  }));
  return [main, ...further];
}

/** The active local offers of `region` that need another look, by name, with their reasons and sources. */
export function recheckList(
  offers: OfferRecord[],
  region: RegionInfo,
  regions: RegionInfo[],
  today: string,
): RecheckEntry[] {
  return localOffersOf(
    offers.filter((o) => !hasEnded(o, today)),
    region,
    regions,
  )
    .map((o) => ({ id: o.id, name: o.name, reasons: recheckReasons(o, today), sources: sourcesOf(o) }))
    .filter((e) => e.reasons.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
