import type { OfferRecord, Organization, RegionInfo, Taxonomy } from '../../../src/catalogue/types.ts';
import {
  areasOf,
  type CoverageMatrix,
  confirmedRecently,
  coverageMatrix,
  hasDirectContact,
  hasEnded,
  isLocalOffer,
  localOffersOf,
  topicsWithoutOffer,
} from '../../../src/network/index.ts';
import { sourceName, sourcesCovering } from '../check/covers.ts';

// The rules live in src/network, shared with the /network screen, so the report and the screen cannot drift.
export { confirmedRecently, hasDirectContact };

/** One row of the coverage table: shares are over the offers that have not ended. */
export interface CoverageRow {
  /** A local region id, `local` (every local offer once) or `wide-area`. */
  area: string;
  name: string;
  offers: number;
  ended: number;
  active: number;
  direct: number;
  provider: number;
  directOrProvider: number;
  confirmed: number;
  /** Taxonomy topics that no active offer of this area covers (not computed for wide-area). */
  topicsWithoutOffer: string[];
}

/** A KoKi / Frühe-Hilfen coordination and the sources behind its phone and website. */
export interface KokiRow {
  id: string;
  name: string;
  areas: string[];
  phone: string | null;
  phoneSources: string[];
  url: string | null;
  urlSources: string[];
  /** The provider's name when its organization has a contact of its own ("reach via"), else null. */
  provider: string | null;
  reachable: boolean;
}

export interface CoverageReport {
  today: string;
  rows: CoverageRow[];
  koki: KokiRow[];
  /** Region × topic counts of active local offers, as the /network screen shows them (same function). */
  matrix: CoverageMatrix;
}

const hasContact = (org: Organization | undefined): boolean =>
  !!org && (org.phones.length > 0 || !!org.email || !!org.url);

function row(
  area: string,
  name: string,
  offers: OfferRecord[],
  ctx: { orgs: Map<string, Organization>; taxonomy: Taxonomy; today: string; topics: boolean },
): CoverageRow {
  const active = offers.filter((o) => !hasEnded(o, ctx.today));
  const provider = (o: OfferRecord) => hasContact(ctx.orgs.get(o.organization.id ?? ''));
  return {
    area,
    name,
    offers: offers.length,
    ended: offers.length - active.length,
    active: active.length,
    direct: active.filter(hasDirectContact).length,
    provider: active.filter(provider).length,
    directOrProvider: active.filter((o) => hasDirectContact(o) || provider(o)).length,
    confirmed: active.filter((o) => confirmedRecently(o, ctx.today)).length,
    topicsWithoutOffer: ctx.topics ? topicsWithoutOffer(active, ctx.taxonomy) : [],
  };
}

function kokiRow(o: OfferRecord, areas: string[], orgs: Map<string, Organization>): KokiRow {
  const names = (pointer: string) => sourcesCovering(o, pointer).map(sourceName);
  const phone = o.phones[0]?.display ?? null;
  const phoneSources = o.phones.length > 0 ? names('/phones/0') : [];
  const urlSources = o.url ? names('/url') : [];
  const reachable = phoneSources.length > 0 || urlSources.length > 0;
  const org = orgs.get(o.organization.id ?? '');
  const provider = org && hasContact(org) ? org.name : null;
  return { id: o.id, name: o.name, areas, phone, phoneSources, url: o.url, urlSources, provider, reachable };
}

/**
 * Coverage of the catalogue per local region (an offer serving two regions counts in both), all local offers
 * once, and wide-area offers; plus the KoKi / Frühe-Hilfen coordinations. Pure: `today` is injected.
 */
export function coverageReport(
  offers: OfferRecord[],
  organizations: Organization[],
  taxonomy: Taxonomy,
  regions: RegionInfo[],
  today: string,
): CoverageReport {
  const isLocal = (o: OfferRecord) => isLocalOffer(o, regions);
  const ctx = { orgs: new Map(organizations.map((org) => [org.id, org])), taxonomy, today, topics: true };
  const local = offers.filter(isLocal);
  const rows = regions
    .filter((r) => r.kind === 'local')
    .map((r) => row(r.id, r.name, localOffersOf(offers, r, regions), ctx));
  rows.push(row('local', 'Alle lokalen Angebote', local, ctx));
  rows.push(
    row(
      'wide-area',
      'Bayern- und bundesweit',
      offers.filter((o) => !isLocal(o)),
      { ...ctx, topics: false },
    ),
  );
  const koki = offers
    .filter((o) => o.category === 'koki')
    .map((o) =>
      kokiRow(
        o,
        areasOf(o, regions).map((r) => r.id),
        ctx.orgs,
      ),
    );
  return { today, rows, koki, matrix: coverageMatrix(offers, taxonomy, regions, today) };
}
