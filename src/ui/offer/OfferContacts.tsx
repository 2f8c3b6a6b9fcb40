import type { Offer, Organization } from '../../catalogue/index.ts';
import { ContactLinks } from '../common/ContactLinks.tsx';
import { useT } from '../context.ts';
import { ProviderContact } from './ProviderContact.tsx';

type Props = { offer: Offer; koki?: Offer | undefined; provider?: Organization | undefined };

/** Every way to reach the offer; when none is known, says so and points to the responsible KoKi instead. */
export function OfferContacts({ offer, koki, provider }: Props) {
  const t = useT();
  const hasContact = offer.phones.length > 0 || offer.email || offer.url;
  return (
    <section class="contacts" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('offer.contact')}</h2>
      <ContactLinks
        name={offer.name}
        phones={offer.phones}
        email={offer.email}
        url={offer.url}
        websiteLabel={t('offer.website')}
      />
      {!hasContact && provider && <ProviderContact org={provider} />}
      {!hasContact && !provider && (
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
