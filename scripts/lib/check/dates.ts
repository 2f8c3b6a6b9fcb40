import { pointerOf } from './pointer.ts';
import type { OfferContext } from './types.ts';

/** One rule for "within three years", kept with the app's catalogue code so the app and the report agree. */
export { isOlderThanThreeYears } from '../../../src/catalogue/three-years.ts';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether YYYY, YYYY-MM or YYYY-MM-DD names a day, month or year that exists (no 2023-02-30, no month 13). */
export function isRealDate(date: string): boolean {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone shifts.
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= daysInMonth;
}

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
