import type { Catalogue, Offer } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { Badges } from './Badges.tsx';
import { CallButton } from './CallButton.tsx';
import { Freshness } from './Freshness.tsx';
import { placeLabel } from './place-label.ts';
import { providerContact } from './provider-contact.ts';

type Props = {
  offer: Offer;
  catalogue: Catalogue;
  reasons?: string[];
  distanceKm?: number;
  actions?: preact.ComponentChildren;
};

/** One offer in a list: name (link to its page), provider, place, why it is shown, badges, call, freshness. */
export function OfferCard({ offer, catalogue, reasons = [], distanceKm, actions }: Props) {
  const t = useT();
  const phone = offer.phones[0];
  const provider = providerContact(offer, catalogue);
  const providerPhone = provider?.phones[0];
  return (
    <article class="card">
      <h2 class="card__title">
        <a href={`/offer/${encodeURIComponent(offer.id)}`}>{offer.name}</a>
      </h2>
      <p class="card__meta">
        {offer.organization.name}
        <span class="card__place"> · {placeLabel(offer, catalogue.regions)}</span>
        {distanceKm !== undefined && <span> · {t('results.distance', { km: distanceKm.toFixed(1) })}</span>}
      </p>
      {reasons.length > 0 && (
        <ul class="reasons" aria-label={t('results.why')}>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <Badges offer={offer} taxonomy={catalogue.taxonomy} />
      <div class="card__actions">
        {phone && <CallButton phone={phone} name={offer.name} />}
        {!phone && providerPhone && provider && (
          <span class="card__via">
            {t('offer.via', { name: provider.name })}{' '}
            <CallButton phone={providerPhone} name={provider.name} />
          </span>
        )}
        {actions}
      </div>
      <Freshness offer={offer} />
    </article>
  );
}
