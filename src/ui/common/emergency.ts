import type { Offer } from '../../catalogue/index.ts';

const EMERGENCY_NUMBERS = ['110', '112'];

/** The catalogue's emergency services (110, 112) first, then every other offer reachable 24/7 by phone. */
export function emergencyOffers(offers: readonly Offer[]): { emergency: Offer[]; allDay: Offer[] } {
  const hasNumber = (o: Offer, n: string) => o.phones.some((p) => p.number === n);
  const emergency = EMERGENCY_NUMBERS.flatMap((n) => offers.filter((o) => hasNumber(o, n)));
  const allDay = offers.filter(
    (o) => o.available_24_7 && o.phones.length > 0 && !emergency.includes(o) && !o.end_date,
  );
  return { emergency, allDay };
}
