import type { Catalogue, Offer, Organization } from '../../catalogue/index.ts';

/** Whether an offer can be reached directly (phone, e-mail or website of its own). */
export function hasDirectContact(offer: Offer): boolean {
  return offer.phones.length > 0 || !!offer.email || !!offer.url;
}

/** The provider to reach an offer through, when the offer has no contact of its own but the provider has one. */
export function providerContact(offer: Offer, catalogue: Catalogue): Organization | undefined {
  if (hasDirectContact(offer) || !offer.organization.id) return undefined;
  const org = catalogue.organizations.find((o) => o.id === offer.organization.id);
  return org && (org.phones.length > 0 || org.email || org.url) ? org : undefined;
}
