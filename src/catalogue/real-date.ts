// Its own module, not beside the three-years rule: that rule is in the first bundle, this check only in chunks
// and scripts (measured: keeping it there grew the first bundle).

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
