import type { NetworkEvent } from '../catalogue/index.ts';

/** A region's events: those still to come (soonest first), then those past (latest first). */
export interface RegionEvents {
  upcoming: NetworkEvent[];
  past: NetworkEvent[];
}

/** The events for `region`, split by `today` (YYYY-MM-DD): an event on today's date still counts as coming. */
export function eventsOf(events: NetworkEvent[], region: string, today: string): RegionEvents {
  const mine = events.filter((e) => e.regions.includes(region)).sort((a, b) => a.date.localeCompare(b.date));
  return {
    upcoming: mine.filter((e) => e.date >= today),
    past: mine.filter((e) => e.date < today).reverse(),
  };
}
