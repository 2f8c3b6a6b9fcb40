import {
  array,
  CatalogueFormatError,
  nullableString,
  object,
  record,
  string,
  strings,
} from './parse-json.ts';
import type {
  Catalogue,
  CatalogueManifest,
  Offer,
  Organization,
  PairFiles,
  RegionCatalogue,
  RegionInfo,
  Taxonomy,
  TaxonomyTerm,
} from './types.ts';

/** Checks one phone; `switchboard`, when present, must be a boolean the UI can trust. */
function parsePhone(value: unknown, path: string): void {
  const phone = object(value, path);
  string(phone.number, `${path}/number`);
  string(phone.display, `${path}/display`);
  if (phone.switchboard !== undefined && typeof phone.switchboard !== 'boolean') {
    throw new CatalogueFormatError(`${path}/switchboard`, 'must be a boolean');
  }
}

function parseOffer(value: unknown, path: string): Offer {
  const o = object(value, path);
  for (const key of ['id', 'name', 'category', 'description', 'assured_date'])
    string(o[key], `${path}/${key}`);
  for (const key of ['stages', 'audiences', 'topics', 'modes', 'languages', 'service_areas', 'areas']) {
    strings(o[key], `${path}/${key}`);
  }
  string(object(o.organization, `${path}/organization`).name, `${path}/organization/name`);
  nullableString(o.email, `${path}/email`);
  nullableString(o.url, `${path}/url`);
  array(o.phones, `${path}/phones`).forEach((p, i) => {
    parsePhone(p, `${path}/phones/${i}`);
  });
  array(o.locations, `${path}/locations`).forEach((l, i) => {
    const loc = object(l, `${path}/locations/${i}`);
    object(loc.address, `${path}/locations/${i}/address`);
    if (typeof loc.latitude !== 'number' || typeof loc.longitude !== 'number') {
      throw new CatalogueFormatError(`${path}/locations/${i}`, 'needs numeric latitude and longitude');
    }
  });
  const source = object(o.source, `${path}/source`);
  string(source.url, `${path}/source/url`);
  if (typeof o.available_24_7 !== 'boolean')
    throw new CatalogueFormatError(`${path}/available_24_7`, 'must be a boolean');
  return o as unknown as Offer;
}

function parseOrganization(value: unknown, path: string): Organization {
  const o = object(value, path);
  string(o.id, `${path}/id`);
  string(o.name, `${path}/name`);
  array(o.phones, `${path}/phones`).forEach((p, i) => {
    parsePhone(p, `${path}/phones/${i}`);
  });
  nullableString(o.email, `${path}/email`);
  nullableString(o.url, `${path}/url`);
  string(object(o.source, `${path}/source`).url, `${path}/source/url`);
  return o as unknown as Organization;
}

function parseTerms(value: unknown, path: string): TaxonomyTerm[] {
  return array(value, path).map((t, i) => {
    const term = object(t, `${path}/${i}`);
    string(term.id, `${path}/${i}/id`);
    string(term.label, `${path}/${i}/label`);
    return term as unknown as TaxonomyTerm;
  });
}

function parseTaxonomy(value: unknown, path: string): Taxonomy {
  const t = object(value, path);
  const keys = ['topics', 'stages', 'audiences', 'modes', 'categories', 'languages'] as const;
  return Object.fromEntries(keys.map((k) => [k, parseTerms(t[k], `${path}/${k}`)])) as unknown as Taxonomy;
}

/** The one boundary where downloaded catalogue JSON becomes a typed Catalogue; throws CatalogueFormatError. */
export function parseCatalogue(value: unknown): Catalogue {
  const c = object(value, '');
  if (c.version !== 1) throw new CatalogueFormatError('/version', `unsupported version ${String(c.version)}`);
  const regions = array(c.regions, '/regions').map((r, i) => {
    const region = object(r, `/regions/${i}`);
    string(region.id, `/regions/${i}/id`);
    string(region.name, `/regions/${i}/name`);
    return region as unknown as RegionInfo;
  });
  return {
    version: 1,
    hash: string(c.hash, '/hash'),
    built: string(c.built, '/built'),
    assured: string(c.assured, '/assured'),
    regions,
    taxonomy: parseTaxonomy(c.taxonomy, '/taxonomy'),
    organizations: array(c.organizations, '/organizations').map((o, i) =>
      parseOrganization(o, `/organizations/${i}`),
    ),
    offers: array(c.offers, '/offers').map((o, i) => parseOffer(o, `/offers/${i}`)),
  };
}

/** A region's catalogue file (offers and providers only) at the same boundary; throws CatalogueFormatError. */
export function parseRegionCatalogue(value: unknown): RegionCatalogue {
  const c = object(value, '');
  if (c.version !== 1) throw new CatalogueFormatError('/version', `unsupported version ${String(c.version)}`);
  return {
    version: 1,
    hash: string(c.hash, '/hash'),
    region: string(c.region, '/region'),
    organizations: array(c.organizations, '/organizations').map((o, i) =>
      parseOrganization(o, `/organizations/${i}`),
    ),
    offers: array(c.offers, '/offers').map((o, i) => parseOffer(o, `/offers/${i}`)),
  };
}

function pairFiles(value: unknown, path: string): PairFiles {
  const p = object(value, path);
  if (typeof p.count !== 'number') throw new CatalogueFormatError(`${path}/count`, 'must be a number');
  return {
    catalogue: string(p.catalogue, `${path}/catalogue`),
    index: string(p.index, `${path}/index`),
    count: p.count,
  };
}

/** Parses the small manifest that names the wide-area pair and each region's pair. */
export function parseManifest(value: unknown): CatalogueManifest {
  const m = object(value, '');
  if (m.version !== 1) throw new CatalogueFormatError('/version', `unsupported version ${String(m.version)}`);
  if (typeof m.count !== 'number') throw new CatalogueFormatError('/count', 'must be a number');
  return {
    version: 1,
    hash: string(m.hash, '/hash'),
    count: m.count,
    built: string(m.built, '/built'),
    assured: string(m.assured, '/assured'),
    wide: pairFiles(m.wide, '/wide'),
    regions: record(m.regions, '/regions', pairFiles),
    offers: record(m.offers, '/offers', strings),
    dated: record(m.dated, '/dated', string),
  };
}
