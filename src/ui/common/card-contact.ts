import type { Catalogue, Offer, Phone } from '../../catalogue/index.ts';
import type { Translate } from './freshness.ts';
import { askFor, phoneUnknown, providerContact, switchboardText } from './provider-contact.ts';

/** What a card can offer to reach an offer, decided once for the full and the compact card. */
export type CardReach =
  | { kind: 'call'; phone: Phone; callee: string; hint: string | null; via: string | null }
  | { kind: 'other'; unknown: boolean; web: string | null };

/**
 * Its own number (and whom to ask for at a switchboard), else the provider's number (named as the
 * provider's), else "number not known" and its website (needs internet) where it has no e-mail.
 */
export function cardReach(offer: Offer, catalogue: Catalogue, t: Translate): CardReach {
  const ask = askFor(offer);
  const own = offer.phones[0];
  if (own)
    return { kind: 'call', phone: own, callee: offer.name, hint: switchboardText(own, ask, t), via: null };
  const provider = providerContact(offer, catalogue);
  const viaPhone = provider?.phones[0];
  if (provider && viaPhone) {
    const hint = switchboardText(viaPhone, ask, t);
    return { kind: 'call', phone: viaPhone, callee: provider.name, hint, via: provider.name };
  }
  const web = offer.url && !offer.email ? offer.url : null;
  return { kind: 'other', unknown: phoneUnknown(offer), web };
}
