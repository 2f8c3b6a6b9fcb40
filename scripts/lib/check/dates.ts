import { isRealDate } from '../../../src/catalogue/real-date.ts';
import { pointerOf } from './pointer.ts';
import type { OfferContext } from './types.ts';

/** One rule for "within three years" and for a real date, kept with the app's catalogue code so the app and the report agree. */
export { isRealDate } from '../../../src/catalogue/real-date.ts';
export { isOlderThanThreeYears } from '../../../src/catalogue/three-years.ts';

/** Whether a (partial) date begins after `today`: 2026-12 is after 2026-11-25, 2026 is not. */
export function isAfter(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}

/**
 * The dates of an offer with their pointers, each real; all but the end date also not in the future. An end date
 * may be announced ("Endet am 2026-12-31"): the offer stays in the results until then (scripts/lib/load-offers.ts).
 */
function datesOf({ record, pointer }: OfferContext): [string, string, { future: boolean }][] {
  const past = { future: false };
  const dates: [string, string | null | undefined, { future: boolean }][] = [
    [pointerOf(pointer, 'source', 'date'), record.source.date, past],
    [pointerOf(pointer, 'assured_date'), record.assured_date, past],
    [pointerOf(pointer, 'end_date'), record.end_date, { future: true }],
    ...(record.further_sources ?? []).map((s, i): [string, string | undefined, { future: boolean }] => [
      pointerOf(pointer, 'further_sources', i, 'date'),
      s.date,
      past,
    ]),
  ];
  return dates.filter((d): d is [string, string, { future: boolean }] => typeof d[1] === 'string');
}

/** Rule 8: real calendar dates, none after today but an announced end (a future date means a typo or a guess). */
export function checkDates(ctx: OfferContext): void {
  for (const [at, date, { future }] of datesOf(ctx)) {
    if (!isRealDate(date)) ctx.report(at, `"${date}" is not a real calendar date`, 'date');
    else if (!future && isAfter(date, ctx.today))
      ctx.report(at, `date ${date} is after today (${ctx.today})`, 'date');
  }
}
