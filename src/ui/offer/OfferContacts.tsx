import type { Offer, Organization } from '../../catalogue/index.ts';
import { ContactLinks } from '../common/ContactLinks.tsx';
import { askFor, hasDirectContact, phoneUnknown } from '../common/provider-contact.ts';
import { useT } from '../context.ts';
import { OfferAddresses } from './OfferAddresses.tsx';
import { ProviderContact } from './ProviderContact.tsx';

type Props = { offer: Offer; koki?: Offer | null | undefined; provider?: Organization | undefined };

/**
 * How to reach the offer: call, write, go there. Says when a number is not known and offers the
 * provider's; when nothing is known, points to the responsible KoKi instead.
 */
export function OfferContacts({ offer, koki, provider }: Props) {
  const t = useT();
  const direct = hasDirectContact(offer);
  const ask = askFor(offer);
  const providerPhone = (provider?.phones.length ?? 0) > 0;
  // the provider comes in for an offer with a contact of its own only when it has a number
  const lead = direct
    ? t('contact.viaProvider', { name: provider?.name ?? '' })
    : t('offer.viaProvider', { name: provider?.name ?? '' });
  return (
    <section class="contacts" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('offer.contact')}</h2>
      {phoneUnknown(offer) && !providerPhone && <p class="contacts__unknown">{t('contact.phoneUnknown')}</p>}
      {provider && <ProviderContact org={provider} lead={lead} ask={ask} />}
      <ContactLinks
        name={offer.name}
        phones={offer.phones}
        email={offer.email}
        url={offer.url}
        websiteLabel={t('offer.website')}
        ask={ask}
        reachableOtherwise={providerPhone || !!provider?.email}
      />
      <OfferAddresses offer={offer} />
      {!direct && !provider && (
        <p class="contacts__none">
          {t('offer.noContact')}{' '}
          {koki && koki.id !== offer.id && (
            <a href={`/offer/${koki.id}`}>{t('offer.askKoki', { name: koki.name })}</a>
          )}
        </p>
      )}
    </section>
  );
}
