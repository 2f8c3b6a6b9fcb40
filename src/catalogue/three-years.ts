/**
 * Whether a (partial) date lies wholly before the day three years before `today` (YYYY-MM-DD):
 * "2023" still counts on 2026-11-29, because part of that year is within three years; "2023-10" does
 * not. The one rule for "confirmed within three years", shared by the app, the validator and the report.
 */
export function isOlderThanThreeYears(date: string, today: string): boolean {
  const threshold = `${String(Number(today.slice(0, 4)) - 3).padStart(4, '0')}${today.slice(4)}`;
  return date < threshold.slice(0, date.length);
}
