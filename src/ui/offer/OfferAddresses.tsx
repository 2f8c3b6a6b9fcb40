import type { Offer } from '../../catalogue/index.ts';
import { useT } from '../context.ts';

type Props = { offer: Offer };

/** Where to go: each address with a geo: link for the phone's map app, and a note when it is approximate. */
export function OfferAddresses({ offer }: Props) {
  const t = useT();
  return (
    <>
      {offer.locations.map((l) => (
        <p key={`${l.latitude},${l.longitude}`} class="address">
          <span class="address__label">{t('offer.address')}: </span>
          <bdi>
            {[l.address.address_1, [l.address.postal_code, l.address.city].filter(Boolean).join(' ')]
              .filter(Boolean)
              .join(', ')}
          </bdi>{' '}
          <a
            class="no-print"
            href={`geo:${l.latitude},${l.longitude}?q=${encodeURIComponent(`${l.address.address_1 ?? ''} ${l.address.city}`.trim())}`}
          >
            {t('offer.openInMaps')}
          </a>
          {l.coordinates_precision === 'municipality' && (
            <span class="hint no-print"> {t('offer.approximate')}</span>
          )}
        </p>
      ))}
    </>
  );
}
