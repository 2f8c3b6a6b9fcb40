import { useSignal } from '@preact/signals';
import type { Catalogue } from '../../catalogue/index.ts';
import { OfferCard } from '../common/OfferCard.tsx';
import { useAppState, useT } from '../context.ts';

type Props = { ids: string; catalogue: Catalogue };

/** The longest list a link may carry; more ids are ignored (and said so). */
const MAX_IDS = 100;

/** A handed-over list: shows the offers still in the catalogue, says how many are gone, and can be saved. */
export function SharedList({ ids, catalogue }: Props) {
  const t = useT();
  const state = useAppState();
  const message = useSignal('');
  const wanted = [
    ...new Set(
      ids
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ].slice(0, MAX_IDS);
  const offers = wanted.map((id) => catalogue.offers.find((o) => o.id === id)).filter((o) => !!o);
  const gone = wanted.length - offers.length;
  const save = async () => {
    const ok = await state.saveAll(offers.map((o) => o.id));
    message.value = ok ? t('list.savedAll', { count: offers.length }) : t('list.storeError');
  };
  return (
    <div>
      <h1>{t('list.sharedTitle')}</h1>
      <p role="status">{t('list.count', { count: offers.length })}</p>
      {gone > 0 && <p class="notice">{t('list.gone', { count: gone })}</p>}
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
            <OfferCard offer={offer} catalogue={catalogue} />
          </li>
        ))}
      </ul>
    </div>
  );
}
