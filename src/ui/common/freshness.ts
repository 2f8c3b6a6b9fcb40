import { isOlderThanThreeYears, type Offer } from '../../catalogue/index.ts';

/** What the freshness line needs to know; `assured_date` may be missing in data that was never checked. */
export type FreshnessInput = Pick<Offer, 'source' | 'further_sources' | 'category' | 'phones'> & {
  assured_date?: string | null;
};

export interface Freshness {
  /** The newest date any of the offer's sources carries, or null when none is dated. */
  sourceDate: string | null;
  /** Whether any source date lies within three years of today. */
  recent: boolean;
  /** When the offer was last checked against its source, or null when it never was. */
  checked: string | null;
  /** Whether to ask people to confirm by phone before relying on it. */
  confirm: boolean;
}

/** Statutory numbers that never change: police, fire and rescue, and the harmonised 116xxx services. */
const EMERGENCY_NUMBER = /^(110|112|116\d{3})$/;

/** Whether the offer is an emergency service, whose number is never presented as uncertain. */
export function isEmergency(offer: Pick<Offer, 'category' | 'phones'>): boolean {
  return offer.category === 'emergency' || offer.phones.some((p) => EMERGENCY_NUMBER.test(p.number));
}

/** Every date the offer's sources carry (YYYY, YYYY-MM or YYYY-MM-DD). */
function sourceDates(offer: Pick<Offer, 'source' | 'further_sources'>): string[] {
  const dates = [offer.source.date, ...(offer.further_sources ?? []).map((s) => s.date ?? null)];
  return dates.filter((d): d is string => !!d);
}

/** The newest of the offer's source dates, or null. */
export function newestSourceDate(offer: Pick<Offer, 'source' | 'further_sources'>): string | null {
  return sourceDates(offer).sort().at(-1) ?? null;
}

/** Whether any of the offer's sources is dated within three years of `today` (as the coverage report counts). */
export function hasRecentSource(offer: Pick<Offer, 'source' | 'further_sources'>, today: string): boolean {
  return sourceDates(offer).some((d) => !isOlderThanThreeYears(d, today));
}

/**
 * How fresh an offer's data is, as of `today`. Asks to confirm by phone when the offer was never
 * checked, its source is weak or older than three years, or undated and not the provider's own page;
 * emergency numbers are never put in doubt.
 */
export function freshness(offer: FreshnessInput, today: string): Freshness {
  const sourceDate = newestSourceDate(offer);
  const recent = hasRecentSource(offer, today);
  const checked = offer.assured_date || null;
  const { confidence } = offer.source;
  const doubtful =
    !checked ||
    confidence === 'low' ||
    (sourceDate !== null && !recent) ||
    (sourceDate === null && confidence !== 'high');
  return { sourceDate, recent, checked, confirm: doubtful && !isEmergency(offer) };
}

/** Translates a key with parameters; the i18next `t` satisfies it. */
export type Translate = (key: string, params?: Record<string, string>) => string;

/**
 * The offer's one freshness line: the source's date and the date of the last check, worded so they
 * never contradict ("Quelle ohne Datum, zuletzt geprüft am 25. November 2026"), and the request to
 * confirm by phone where it applies (null where it does not).
 */
export function freshnessText(
  f: Freshness,
  t: Translate,
  format: (iso: string) => string,
): { line: string; confirm: string | null } {
  const source = f.sourceDate
    ? t('freshness.source', { date: format(f.sourceDate) })
    : t('freshness.sourceUndated');
  const checked = f.checked ? t('freshness.checked', { date: format(f.checked) }) : t('freshness.unchecked');
  return { line: `${source}, ${checked}`, confirm: f.confirm ? t('freshness.confirm') : null };
}
