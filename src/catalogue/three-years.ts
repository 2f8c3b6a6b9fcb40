/**
 * Whether a (partial) date lies wholly before the day three years before `today` (YYYY-MM-DD):
 * "2023" still counts on 2026-11-29, because part of that year is within three years; "2023-10" does
 * not. The one rule for "confirmed within three years", shared by the app, the validator and the report.
 */
export function isOlderThanThreeYears(date: string, today: string): boolean {
  const threshold = `${String(Number(today.slice(0, 4)) - 3).padStart(4, '0')}${today.slice(4)}`;
  return date < threshold.slice(0, date.length);
}

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
