import type { Catalogue, Offer } from '../../catalogue/index.ts';
import { useT } from '../context.ts';

type Props = { offer: Offer; catalogue: Catalogue };

const label = (list: { id: string; label: string }[], id: string) =>
  list.find((x) => x.id === id)?.label ?? id;

/** Where, when, for whom, in which languages, at what cost and who is responsible: only what is known. */
export function OfferFacts({ offer, catalogue }: Props) {
  const t = useT();
  const { taxonomy, regions } = catalogue;
  const unknown = <span class="missing">{t('offer.unknown')}</span>;
  return (
    <dl class="facts">
      {offer.locations.map((l) => (
        <div key={`${l.latitude},${l.longitude}`}>
          <dt>{t('offer.address')}</dt>
          <dd>
            {[l.address.address_1, [l.address.postal_code, l.address.city].filter(Boolean).join(' ')]
              .filter(Boolean)
              .join(', ')}{' '}
            <a
              class="no-print"
              href={`geo:${l.latitude},${l.longitude}?q=${encodeURIComponent(`${l.address.address_1 ?? ''} ${l.address.city}`.trim())}`}
            >
              {t('offer.openInMaps')}
            </a>
            {l.coordinates_precision === 'municipality' && (
              <span class="hint no-print"> {t('offer.approximate')}</span>
            )}
          </dd>
        </div>
      ))}
      <dt>{t('offer.hours')}</dt>
      <dd>{offer.schedule?.description ?? unknown}</dd>
      <dt>{t('offer.forWhom')}</dt>
      <dd>
        {[
          ...offer.stages.map((s) => label(taxonomy.stages, s)),
          ...offer.audiences.map((a) => label(taxonomy.audiences, a)),
        ].join(', ') || unknown}
      </dd>
      <dt>{t('offer.languages')}</dt>
      <dd>{offer.languages.map((l) => label(taxonomy.languages, l)).join(', ')}</dd>
      <dt>{t('offer.cost')}</dt>
      <dd>{offer.free === true ? t('offer.free') : offer.free === false ? t('offer.notFree') : unknown}</dd>
      <dt>{t('offer.ways')}</dt>
      <dd>{offer.modes.map((m) => label(taxonomy.modes, m)).join(', ') || unknown}</dd>
      <dt>{t('offer.accessibility')}</dt>
      <dd>{unknown}</dd>
      <dt>{t('offer.responsible')}</dt>
      <dd>{offer.areas.map((a) => regions.find((r) => r.id === a)?.name ?? a).join(', ')}</dd>
    </dl>
  );
}
