/**
 * A deterministic synthetic Germany for bench:national: several hundred Jugendamt areas of skewed size (most
 * 40–90 offers, a few large cities several hundred), each grown from the real local offers' shapes with its own
 * made-up place names, plus the real wide-area offers once. The same seed always gives the same bytes.
 */
import type { LocalRegionId, Offer, RegionInfo } from '../../src/catalogue/types.ts';
import type { PlaceRecord } from '../../src/matching/index.ts';
import { localOffers, pick, prng, townName, variant } from './synthetic.ts';

/** One synthetic Jugendamt area: its region record, its towns (as places.json would list them) and its offers. */
export interface SyntheticRegion {
  id: LocalRegionId;
  info: RegionInfo;
  places: PlaceRecord[];
  offers: Offer[];
}

/** The real wide-area offers and the synthetic regions. */
export interface SyntheticGermany {
  wide: Offer[];
  regions: SyntheticRegion[];
}

/** How large a Germany to grow. */
export interface GermanyShape {
  regions: number;
  /** The least number of local offers in all regions together. */
  offers: number;
  seed?: number;
}

// Real state names, so that wide-area offers for one state (bayern) reach that state's regions only.
const STATES = [
  'Baden-Württemberg',
  'Bayern',
  'Brandenburg',
  'Hessen',
  'Mecklenburg-Vorpommern',
  'Niedersachsen',
  'Nordrhein-Westfalen',
  'Rheinland-Pfalz',
  'Sachsen',
  'Sachsen-Anhalt',
  'Schleswig-Holstein',
  'Thüringen',
];

/**
 * A synthetic region id outside the five real ones. The matching core treats region ids as opaque strings (the
 * index parser accepts any, see parse-index.ts); only the app's routing narrows them to the real five.
 */
export function syntheticRegionId(n: number): LocalRegionId {
  // Widened on purpose: a synthetic id is a region id the type does not list, never one of the real five.
  return `de-${String(n + 1).padStart(3, '0')}` as LocalRegionId;
}

/** Skewed sizes: 4 % large cities of 200–600 offers, the rest 40–90; scaled up when the total falls short. */
export function regionSizes(count: number, least: number, rand: () => number): number[] {
  const drawn = Array.from({ length: count }, () =>
    rand() < 0.04 ? 200 + Math.floor(rand() * 401) : 40 + Math.floor(rand() * 51),
  );
  const total = drawn.reduce((a, b) => a + b, 0);
  return total >= least ? drawn : drawn.map((n) => Math.ceil((n * least) / total));
}

// Unique within a region only: Germany has many towns of the same name (Neustadt), each in its own area.
function uniqueTowns(n: number, rand: () => number): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < n && tries < n * 50; tries += 1) out.add(townName(rand));
  return [...out];
}

function region(n: number, size: number, rand: () => number, base: Offer[]): SyntheticRegion {
  const id = syntheticRegionId(n);
  const code = `99${String(n + 1).padStart(3, '0')}`;
  const city = size >= 200;
  const towns = uniqueTowns(city ? 4 : 3 + Math.floor(rand() * 10), rand);
  const seat = towns[0] ?? id;
  const state = pick(STATES, rand);
  const info: RegionInfo = {
    id,
    code,
    name: city ? `Stadt ${seat}` : `Landkreis ${seat}`,
    kind: 'local',
    state,
    jugendamt: `Jugendamt ${seat}`,
    catchment_ags: [code],
  };
  const templates = localOffers(base);
  const offers = Array.from({ length: size }, (_, i) =>
    variant(pick(templates, rand), `${id}-${i}`, rand, base, { town: pick(towns, rand), area: id, code }),
  );
  return { id, info, places: towns.map((name) => ({ name, region: id, postal_codes: [] })), offers };
}

/** The wide-area offers (serving no local region) as they are, and `regions` synthetic regions. */
export function syntheticGermany(
  base: Offer[],
  { regions, offers, seed = 15 }: GermanyShape,
): SyntheticGermany {
  const rand = prng(seed);
  const local = new Set(localOffers(base));
  const sizes = regionSizes(regions, offers, rand);
  return {
    wide: base.filter((o) => !local.has(o)),
    regions: sizes.map((size, n) => region(n, size, rand, base)),
  };
}
