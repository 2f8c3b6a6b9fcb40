import type { Catalogue, Offer } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { Badges } from './Badges.tsx';
import { CardContact } from './CardContact.tsx';
import { Freshness } from './Freshness.tsx';
import { placeLabel } from './place-label.ts';

type Props = {
  offer: Offer;
  catalogue: Catalogue;
  reasons?: string[];
  distanceKm?: number;
  actions?: preact.ComponentChildren;
};

/** One offer in a list: name (link to its page), provider, place, why it is shown, badges, contact, freshness. */
export function OfferCard({ offer, catalogue, reasons = [], distanceKm, actions }: Props) {
  const t = useT();
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
        <CardContact offer={offer} catalogue={catalogue} />
        {actions}
      </div>
      <Freshness offer={offer} />
    </article>
  );
}
