/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the way German readers expect, as precise as it is. */
export function formatDate(iso: string, lang = 'de'): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** A tel: URI for a canonical number (E.164 or a short number). */
export function telHref(number: string): string {
  return `tel:${number}`;
}
