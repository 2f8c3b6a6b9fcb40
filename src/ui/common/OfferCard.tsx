import type { Catalogue, Offer } from '../../catalogue/index.ts';
import { GERMAN } from '../../i18n/index.ts';
import { useLanguage, useT } from '../context.ts';
import { translateTaxonomy } from '../lang/data-label.ts';
import { WhatThisIs, whatThisIs } from '../lang/WhatThisIs.tsx';
import { Badges } from './Badges.tsx';
import { CardContact } from './CardContact.tsx';
import { CompactContact } from './CompactContact.tsx';
import { Freshness } from './Freshness.tsx';
import { placeLabel } from './place-label.ts';

/** The most reasons a compact card shows; the offer page has the rest. */
export const CARD_REASONS = 2;

type Props = {
  offer: Offer;
  catalogue: Catalogue;
  reasons?: string[];
  distanceKm?: number;
  /** Km from the family's town (municipality centres, so approximate): "ca. 12 km". */
  aboutKm?: number;
  /** Buttons beside the contact (the saved list); the full card only. */
  actions?: preact.ComponentChildren;
  /**
   * Results: the name, what it is and where, two reasons and one line of badges beside the call button;
   * provider, dates and everything cut short are on its page.
   */
  compact?: boolean;
};

/** One offer in a list: name (link to its page), what it is and where, why it is shown, badges, contact. */
export function OfferCard({
  offer,
  catalogue,
  reasons = [],
  distanceKm,
  aboutKm,
  actions,
  compact = false,
}: Props) {
  const t = useT();
  const german = (useLanguage()?.current.value.code ?? GERMAN) === GERMAN;
  // Outside German the line also names the first topics: the offer's own name and text stay German.
  const what = !compact
    ? offer.organization.name
    : german
      ? (translateTaxonomy(t, catalogue.taxonomy).categories.find((c) => c.id === offer.category)?.label ??
        offer.organization.name)
      : whatThisIs(t, catalogue.taxonomy, offer, 2);
  const shown = compact ? reasons.slice(0, CARD_REASONS) : reasons;
  return (
    <article class={compact ? 'card card--compact' : 'card'}>
      <h2 class="card__title">
        <a href={`/offer/${encodeURIComponent(offer.id)}`}>
          <bdi lang="de">{offer.name}</bdi>
        </a>
      </h2>
      <p class="card__meta">
        {/* First on the line: a compact card's line is cut short at its end. */}
        {distanceKm === undefined && aboutKm !== undefined && (
          <span class="card__distance">{t('nearby.about', { km: Math.max(1, Math.round(aboutKm)) })} · </span>
        )}
        {what}
        <span class="card__place"> · {placeLabel(offer, catalogue.regions)}</span>
        {distanceKm !== undefined && <span> · {t('results.distance', { km: distanceKm.toFixed(1) })}</span>}
      </p>
      {!compact && <WhatThisIs offer={offer} taxonomy={catalogue.taxonomy} />}
      {shown.length > 0 && (
        <ul class="reasons" aria-label={t('results.why')}>
          {shown.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <Badges offer={offer} taxonomy={catalogue.taxonomy} />
      {compact ? (
        <CompactContact offer={offer} catalogue={catalogue} />
      ) : (
        <div class="card__actions">
          <CardContact offer={offer} catalogue={catalogue} />
          {actions}
        </div>
      )}
      {!compact && <Freshness offer={offer} />}
    </article>
  );
}
