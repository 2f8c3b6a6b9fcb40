import { useSignal } from '@preact/signals';
import type { Catalogue } from '../../catalogue/index.ts';
import { OfferCard } from '../common/OfferCard.tsx';
import { useAppState, useT } from '../context.ts';
import { HandoverSection } from '../handover/HandoverSection.tsx';
import { LinkNotices } from './LinkNotices.tsx';
import { readListLink } from './list-link.ts';

type Props = { ids: string; catalogue: Catalogue };

/** A handed-over list: shows the offers still in the catalogue, says what of the link it could not show, can be saved. */
export function SharedList({ ids, catalogue }: Props) {
  const t = useT();
  const state = useAppState();
  const message = useSignal('');
  const link = readListLink(ids);
  const offers = link.ids.map((id) => catalogue.offers.find((o) => o.id === id)).filter((o) => !!o);
  const gone = link.ids.length - offers.length;
  const save = async () => {
    const ok = await state.saveAll(offers.map((o) => o.id));
    message.value = ok ? t('list.savedAll', { count: offers.length }) : t('list.storeError');
  };
  return (
    <div>
      <h1>{t('list.sharedTitle')}</h1>
      <p role="status">{t('list.count', { count: offers.length })}</p>
      {gone > 0 && <p class="notice">{t('list.gone', { count: gone })}</p>}
      <LinkNotices link={link} />
      {offers.length > 0 && (
        <p class="no-print">
          <button type="button" onClick={save}>
            {t('list.saveShared')}
          </button>{' '}
          <span class="actions__status">{message.value}</span>
        </p>
      )}
      <ul class="results">
        {offers.map((offer) => (
          <li key={offer.id}>
            <OfferCard offer={offer} catalogue={catalogue} compact />
          </li>
        ))}
      </ul>
      {offers.length > 0 && <HandoverSection offers={offers} catalogue={catalogue} />}
    </div>
  );
}
