import type { Offer } from '../../catalogue/index.ts';
import { useAppState, useT } from '../context.ts';
import { useLocale } from '../lang/use-locale.ts';
import { formatDate } from './format.ts';
import { freshness, freshnessText } from './freshness.ts';

type Props = { offer: Offer };

/** One line on how current an offer is: its source's date, the last check, and a request to confirm if needed. */
export function Freshness({ offer }: Props) {
  const t = useT();
  const locale = useLocale();
  const { line, confirm } = freshnessText(freshness(offer, useAppState().today()), t, (iso) =>
    formatDate(iso, locale),
  );
  return (
    <p class="freshness">
      {line}
      {confirm && <strong class="freshness__confirm"> {confirm}</strong>}
    </p>
  );
}
