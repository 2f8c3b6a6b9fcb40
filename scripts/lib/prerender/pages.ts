/**
 * The pages the build draws as HTML (scripts/prerender.ts): the start page, help-now, every offer, one page per
 * local region with its results (all, and per topic) and the legal pages, each with what a search engine reads of it. Pure: catalogue in, pages out.
 */

import { regionsOfOffers } from '../../../src/catalogue/index.ts';
import type { Catalogue, CatalogueManifest, Offer } from '../../../src/catalogue/types.ts';

/** One prerendered URL: its path, the date its content last changed and, for an offer, its structured data. */
export interface SitePage {
  path: string;
  /** YYYY-MM-DD: an offer's assured date, a region's newest one, the build day for the app's own pages. */
  lastmod: string;
  /** The offer's description; null: the page's lead paragraph or the site's description (scripts/prerender.ts). */
  description: string | null;
  /** schema.org data for the offer (JSON-LD); null for the other pages. */
  structured: Record<string, unknown> | null;
  /** The region pairs the page is drawn with besides wide-area: an offer's (as its screen asks), a region page's. */
  regions: string[];
}

/** The app's own pages besides offers and regions. */
export const FIXED_PATHS = [
  '/',
  '/help-now',
  '/impressum',
  '/datenschutz',
  '/quellen',
  '/barrierefreiheit',
] as const;

/** The build's origin when data/operator.json names none: where `npm start` serves the build. */
export const LOCAL_SITE_URL = 'http://localhost:4173';

/** The site's origin without a trailing slash: the operator's public address, or the local one until it is set. */
export function siteOrigin(siteUrl: string | null): string {
  return (siteUrl?.trim() || LOCAL_SITE_URL).replace(/\/+$/, '');
}

/** Every page to prerender: fixed pages first, then the local regions, their results, then the offers. */
export function sitePages(
  catalogue: Catalogue,
  manifest: CatalogueManifest,
  today: string,
  origin: string,
): SitePage[] {
  const fixed = FIXED_PATHS.map((path) => ({
    path,
    lastmod: today,
    description: null,
    structured: null,
    regions: [],
  }));
  const local = catalogue.regions
    .filter((r) => r.kind === 'local')
    .map((r) => {
      const dates = catalogue.offers.filter((o) => o.areas.includes(r.id)).map((o) => o.assured_date);
      return { region: r, lastmod: dates.sort().at(-1) ?? today };
    });
  const regions = local.map(({ region, lastmod }) => ({
    path: `/region/${region.id}`,
    lastmod,
    description: null,
    structured: null,
    regions: [region.id],
  }));
  // A region's results, and its results for each topic: the links a region's page and a search engine lead to.
  const results = local.flatMap(({ region, lastmod }) =>
    [null, ...catalogue.taxonomy.topics].map((topic) => ({
      path: `/results?region=${region.id}${topic ? `&topics=${topic.id}` : ''}`,
      lastmod,
      description: topic
        ? `${topic.label}: Frühe Hilfen in ${region.name}, mit Kontakten und Quellen.`
        : `Frühe Hilfen in ${region.name}: Angebote mit Kontakten und Quellen.`,
      structured: null,
      regions: [region.id],
    })),
  );
  const offers = catalogue.offers.map((o) => ({
    path: `/offer/${encodeURIComponent(o.id)}`,
    lastmod: o.assured_date,
    description: o.description,
    structured: offerStructuredData(o, catalogue, `${origin}/offer/${encodeURIComponent(o.id)}`),
    regions: regionsOfOffers(manifest, [o.id]),
  }));
  return [...fixed, ...regions, ...results, ...offers];
}

/**
 * schema.org `Service` for an offer, from catalogue fields only: its provider with the offer's own phone, e-mail
 * and first address where the catalogue has them, and the regions it serves. `Service`, not `GovernmentService`:
 * whether a provider is a public body is not a catalogue field.
 */
export function offerStructuredData(
  offer: Offer,
  catalogue: Catalogue,
  url: string,
): Record<string, unknown> {
  const address = offer.locations[0]?.address;
  const provider = {
    '@type': 'Organization',
    name: offer.organization.name,
    ...(offer.phones[0] ? { telephone: offer.phones[0].number } : {}),
    ...(offer.email ? { email: offer.email } : {}),
    ...(address
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(address.address_1 ? { streetAddress: address.address_1 } : {}),
            ...(address.postal_code ? { postalCode: address.postal_code } : {}),
            addressLocality: address.city,
            addressCountry: 'DE',
          },
        }
      : {}),
  };
  const areas = catalogue.regions.filter((r) => offer.areas.includes(r.id)).map((r) => r.name);
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: offer.name,
    description: offer.description,
    url,
    provider,
    areaServed: areas.map((name) => ({ '@type': 'AdministrativeArea', name })),
    ...(offer.url ? { sameAs: offer.url } : {}),
  };
}
