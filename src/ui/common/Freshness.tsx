import type { Offer } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { formatDate } from './format.ts';
import { freshness } from './freshness.ts';

type Props = { offer: Offer };

/** "Stand: März 2024", and a plain request to confirm by phone when the data is old or weakly sourced. */
export function Freshness({ offer }: Props) {
  const t = useT();
  const { date, confirm } = freshness(offer);
  return (
    <p class="freshness">
      {date ? t('offer.asOf', { date: formatDate(date) }) : t('offer.undated')}
      {confirm && <strong class="freshness__confirm"> {t('offer.confirm')}</strong>}
    </p>
  );
}
