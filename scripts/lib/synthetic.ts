/** Deterministic synthetic catalogues for the bench: real offers varied in name, place, region and text. */
import type { AreaId, LocalRegionId, Offer } from '../../src/catalogue/types.ts';
import { LOCAL_REGION_IDS } from '../../src/catalogue/types.ts';

/** A seeded PRNG (mulberry32): the same seed always gives the same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIX = ['', '', 'Ober', 'Unter', 'Neu', 'Alt', 'Bad ', 'Klein', 'Groß', 'Hohen', 'Nieder'];
const STEM = [
  'Lin',
  'Wald',
  'Rot',
  'Eich',
  'Buch',
  'Hirsch',
  'Stein',
  'Tann',
  'Mühl',
  'Kirch',
  'Brun',
  'Lau',
  'Sonn',
  'Wies',
  'Ros',
  'Hasel',
  'Erl',
  'Kalt',
  'Warm',
  'Lind',
  'Birk',
  'Fisch',
];
const SUFFIX = [
  'bach',
  'dorf',
  'hausen',
  'heim',
  'feld',
  'stadt',
  'berg',
  'au',
  'ried',
  'hofen',
  'ingen',
  'weiler',
  'brunn',
  'kirchen',
];
const CARRIERS = [
  'Caritasverband',
  'Diakonie',
  'AWO Kreisverband',
  'Stadt',
  'Landratsamt',
  'BRK Kreisverband',
  'Lebenshilfe',
  'Verein für Familien',
  'Paritätischer',
  'Kinderschutzbund',
];

export function pick<T>(list: readonly T[], rand: () => number): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** A made-up German town name. */
export function townName(rand: () => number): string {
  return `${pick(PREFIX, rand)}${pick(STEM, rand)}${pick(SUFFIX, rand)}`.replace(/^(\w)/, (c) =>
    c.toUpperCase(),
  );
}

/** Where a variant is offered: its town, the region id it serves and the service-area code it carries. */
export interface VariantPlace {
  town: string;
  area: AreaId;
  code: string;
}

/** A real offer moved to another town and region, with one sentence of another offer added to its text. */
export function variant(
  template: Offer,
  id: string,
  rand: () => number,
  base: Offer[],
  { town, area, code }: VariantPlace,
): Offer {
  const other = pick(base, rand);
  const sentence = other.description.split(/(?<=\.)\s/)[0] ?? '';
  const topics =
    rand() < 0.3 ? [...new Set([...template.topics, ...other.topics.slice(0, 1)])] : template.topics;
  const name = template.name.replace(
    /\b(Kaufbeuren|Ostallgäu|Coburg|Gummersbach|Oberberg|Füssen|Marktoberdorf|Buchloe)\b/g,
    town,
  );
  return {
    ...template,
    id,
    name: name === template.name ? `${template.name} ${town}` : name,
    organization: { name: `${pick(CARRIERS, rand)} ${town}` },
    description: `${template.description} ${sentence} Angebot in ${town}.`,
    topics,
    locations: template.locations.map((l) => ({ ...l, address: { ...l.address, city: town } })),
    service_areas: [code],
    areas: [area],
  };
}

function vary(template: Offer, i: number, rand: () => number, base: Offer[]): Offer {
  const town = townName(rand);
  const region: LocalRegionId = pick(LOCAL_REGION_IDS, rand);
  return variant(template, `${template.id}-s${i}`, rand, base, { town, area: region, code: region });
}

/** The real offers that serve one of the local regions: the shapes synthetic local offers are grown from. */
export function localOffers(base: Offer[]): Offer[] {
  return base.filter((o) => o.areas.some((a) => (LOCAL_REGION_IDS as readonly string[]).includes(a)));
}

/**
 * n offers: the real ones first, then variants of the real local offers in random regions (wide-area services are
 * few in reality, so only the real ones are kept).
 */
export function syntheticCatalogue(base: Offer[], n: number, seed = 42): Offer[] {
  const rand = prng(seed);
  const local = localOffers(base);
  const out = base.slice(0, n);
  for (let i = out.length; i < n; i += 1) out.push(vary(pick(local, rand), i, rand, base));
  return out;
}
