import type { Catalogue, Offer } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { CallButton } from './CallButton.tsx';
import { askFor, phoneUnknown, providerContact, switchboardText } from './provider-contact.ts';

type Props = { offer: Offer; catalogue: Catalogue };

/**
 * The one way to reach an offer that fits on a card: its own number (and whom to ask for at a
 * switchboard), else the provider's number, else "number not known", else its website (needs internet).
 */
export function CardContact({ offer, catalogue }: Props) {
  const t = useT();
  const ask = askFor(offer);
  const own = offer.phones[0];
  if (own) {
    const hint = switchboardText(own, ask, t);
    return (
      <>
        <CallButton phone={own} name={offer.name} />
        {hint && <strong class="hint switchboard">{hint}</strong>}
      </>
    );
  }
  const provider = providerContact(offer, catalogue);
  const viaPhone = provider?.phones[0];
  if (provider && viaPhone) {
    const hint = switchboardText(viaPhone, ask, t);
    return (
      <span class="card__via">
        {t('contact.viaProvider', { name: provider.name })}{' '}
        <CallButton phone={viaPhone} name={provider.name} />
        {hint && <strong class="hint switchboard"> {hint}</strong>}
      </span>
    );
  }
  return (
    <>
      {phoneUnknown(offer) && <span class="contacts__unknown">{t('contact.phoneUnknown')}</span>}
      {offer.url && !offer.email && (
        <a href={offer.url} rel="noopener noreferrer">
          {t('contact.websiteOnline', { label: t('offer.website') })}
        </a>
      )}
    </>
  );
}
