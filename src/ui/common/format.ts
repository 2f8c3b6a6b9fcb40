/** German month names: formatting by hand spares the first Intl.DateTimeFormat, which costs ~20 ms of ICU setup. */
const MONTHS_DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Other languages go through Intl, one formatter per language and precision. */
function intlFormat(lang: string, date: Date, withDay: boolean): string {
  const key = `${lang}|${withDay}`;
  let cached = formatters.get(key);
  if (!cached) {
    const options: Intl.DateTimeFormatOptions = withDay
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    cached = new Intl.DateTimeFormat(lang, options);
    formatters.set(key, cached);
  }
  return cached.format(date);
}

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the way German readers expect, as precise as it is. */
export function formatDate(iso: string, lang = 'de'): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  if (!month || month < 1 || month > 12) return String(year);
  if (lang === 'de') {
    const monthYear = `${MONTHS_DE[month - 1]} ${year}`;
    return day ? `${day}. ${monthYear}` : monthYear;
  }
  return intlFormat(lang, new Date(Date.UTC(year, month - 1, day ?? 1)), Boolean(day));
}

/** A tel: URI for a canonical number (E.164 or a short number). */
export function telHref(number: string): string {
  return `tel:${number}`;
}
