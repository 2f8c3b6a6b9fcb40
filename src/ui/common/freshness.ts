import type { Offer } from '../../catalogue/index.ts';

/** Sources before this year count as "not confirmed since 2020". */
const CONFIRMED_SINCE = '2021';

/** How fresh an offer's data is: the source's date, and whether to ask people to confirm by phone first. */
export function freshness(offer: Offer): { date: string | null; confirm: boolean } {
  const dates = [offer.source.date, ...(offer.further_sources ?? []).map((s) => s.date ?? null)].filter(
    (d): d is string => !!d,
  );
  const date = dates.sort().at(-1) ?? null;
  const old = date === null || date < CONFIRMED_SINCE;
  return { date, confirm: offer.source.confidence === 'low' || (old && offer.source.confidence !== 'high') };
}
