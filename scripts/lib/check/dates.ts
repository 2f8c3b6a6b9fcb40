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

/** The dates of an offer that must be real and not in the future, with their pointers. */
function datesOf({ record, pointer }: OfferContext): [string, string][] {
  const dates: [string, string | null | undefined][] = [
    [pointerOf(pointer, 'source', 'date'), record.source.date],
    [pointerOf(pointer, 'assured_date'), record.assured_date],
    [pointerOf(pointer, 'end_date'), record.end_date],
    ...(record.further_sources ?? []).map((s, i): [string, string | undefined] => [
      pointerOf(pointer, 'further_sources', i, 'date'),
      s.date,
    ]),
  ];
  return dates.filter((d): d is [string, string] => typeof d[1] === 'string');
}

/** Rule 8: real calendar dates, none after today (a future date means a typo or a guess). */
export function checkDates(ctx: OfferContext): void {
  for (const [at, date] of datesOf(ctx)) {
    if (!isRealDate(date)) ctx.report(at, `"${date}" is not a real calendar date`, 'date');
    else if (isAfter(date, ctx.today)) ctx.report(at, `date ${date} is after today (${ctx.today})`, 'date');
  }
}
