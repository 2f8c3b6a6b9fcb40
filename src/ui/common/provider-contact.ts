import type { Catalogue, Offer, Organization, Phone } from '../../catalogue/index.ts';
import type { Translate } from './freshness.ts';

/** Whether an offer can be reached directly (phone, e-mail or website of its own). */
export function hasDirectContact(offer: Offer): boolean {
  return offer.phones.length > 0 || !!offer.email || !!offer.url;
}

/**
 * The provider to reach an offer through: when the offer has no number of its own but the provider
 * has one (even if the offer has a website or e-mail), or when the offer has no contact at all and the
 * provider has any.
 */
export function providerContact(offer: Offer, catalogue: Catalogue): Organization | undefined {
  if (offer.phones.length > 0 || !offer.organization.id) return undefined;
  const org = catalogue.organizations.find((o) => o.id === offer.organization.id);
  if (!org) return undefined;
  if (org.phones.length > 0) return org;
  return !hasDirectContact(offer) && (org.email || org.url) ? org : undefined;
}

/** Whether the offer says it helps by phone but no number of its own is known. */
export function phoneUnknown(offer: Offer): boolean {
  return offer.modes.includes('phone') && offer.phones.length === 0;
}

/** Whom to ask for at a switchboard: "KoKi" for a KoKi, else the offer's own name. */
export function askFor(offer: Offer): string | null {
  return offer.category === 'koki' ? null : offer.name;
}

/** "Zentrale – nach der KoKi fragen" under a switchboard number; null for a direct line. */
export function switchboardText(phone: Phone, ask: string | null, t: Translate): string | null {
  if (!phone.switchboard) return null;
  return ask === null ? t('contact.switchboardKoki') : t('contact.switchboard', { name: ask });
}
