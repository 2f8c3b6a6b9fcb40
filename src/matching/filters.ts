/** Hard filters: where an offer is available and how it can be reached. */
import type { AreaId, LocalRegionId, Offer } from '../catalogue/index.ts';
import type { Query, SearchIndex } from './types.ts';

/** Ways of getting help: choosing several means any of them will do. */
export const CHANNEL_MODES = ['phone', 'in-person', 'home-visit', 'online', 'group'] as const;
/** Conditions: each chosen one must hold. */
export const CONDITION_MODES = ['anonymous', 'free', 'other-language'] as const;
/** Every mode id the search understands. */
export const MODE_IDS: readonly string[] = [...CHANNEL_MODES, ...CONDITION_MODES];

/** Where the family is and which regions' local offers it may see. */
export interface RegionScope {
  /** The family's own region (the query's, else the first named in the text). */
  home: LocalRegionId | null;
  /** Regions named in the text. */
  named: LocalRegionId[];
  /** Areas whose offers are eligible: without a known place only the wide areas (Bavaria, Germany). */
  allowed: Set<AreaId>;
}

/** The region scope of a query: its own region plus regions named in the text, with their wide areas. */
export function regionScope(
  region: LocalRegionId | null,
  named: LocalRegionId[],
  index: SearchIndex,
): RegionScope {
  const home = region ?? named[0] ?? null;
  if (!home) {
    // Without a place, local offers of some other district would be noise: the wide-area services help anyone.
    const wide = Object.keys(index.regionNames).filter((a) => !Object.hasOwn(index.regionAreas, a));
    // regionNames is keyed by area id (the build writes one per area); Object.keys widens it to string.
    return { home: null, named, allowed: new Set(wide as AreaId[]) };
  }
  const allowed = new Set<AreaId>();
  for (const r of [home, ...named]) for (const a of index.regionAreas[r] ?? [r]) allowed.add(a);
  return { home, named, allowed };
}

/** True when the offer serves one of the scope's areas. */
export function inScope(offer: Offer, scope: RegionScope): boolean {
  return offer.areas.some((a) => scope.allowed.has(a));
}

/** True when the offer is available in the family's language (or via interpreters); without one, any but German. */
export function speaks(offer: Offer, lang: string | undefined): boolean {
  if (lang && lang !== 'de') return offer.languages.includes(lang) || offer.languages.includes('mul');
  return offer.languages.some((l) => l !== 'de');
}

/** True when the offer satisfies one mode id, derived modes included. */
export function hasMode(offer: Offer, mode: string, lang?: string): boolean {
  if (mode === 'free') return offer.free === true;
  if (mode === 'other-language') return speaks(offer, lang);
  if (mode === '24-7') return offer.available_24_7;
  return offer.modes.includes(mode);
}

/** The mode filter: at least one chosen channel, and every chosen condition. */
export function modeFilter(query: Query): (offer: Offer) => boolean {
  const modes = (query.modes ?? []).filter((m) => MODE_IDS.includes(m));
  const channels = modes.filter((m) => CHANNEL_MODES.some((c) => c === m));
  const conditions = modes.filter((m) => CONDITION_MODES.some((c) => c === m));
  if (modes.length === 0) return () => true;
  return (offer) =>
    (channels.length === 0 || channels.some((m) => hasMode(offer, m, query.lang))) &&
    conditions.every((m) => hasMode(offer, m, query.lang));
}

/** The offer is local (serves one of the five Jugendamt areas) rather than Bavaria- or Germany-wide. */
export function isLocal(offer: Offer, index: SearchIndex): boolean {
  return offer.areas.some((a) => Object.hasOwn(index.regionAreas, a));
}
