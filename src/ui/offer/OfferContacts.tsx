import type { Offer, Organization } from '../../catalogue/index.ts';
import { CallButton } from '../common/CallButton.tsx';
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
      {offer.phones.map((p) => (
        <p key={p.number}>
          <CallButton phone={p} name={offer.name} />
          {p.description && <span class="hint"> {p.description}</span>}
        </p>
      ))}
      {offer.email && (
        <p>
          <a href={`mailto:${offer.email}`}>{offer.email}</a>
        </p>
      )}
      {offer.url && (
        <p>
          <a href={offer.url} rel="noopener noreferrer">
            {t('offer.website')}
          </a>
        </p>
      )}
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
