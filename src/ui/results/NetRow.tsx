import type { Offer } from '../../catalogue/index.ts';
import { CallLine } from '../common/CallLine.tsx';
import { telHref } from '../common/format.ts';
import { useT } from '../context.ts';

type Props = { lines: Offer[] };

/**
 * A weak danger signal (a harm or death word, fear of someone, a negated alarm): one compact row of the fitting
 * 24/7 numbers above the results, without the alarm's heading. A false alarm costs this one row; a miss can cost a
 * life.
 */
export function NetRow({ lines }: Props) {
  const t = useT();
  if (lines.length === 0) return null;
  return (
    <section class="net-row" aria-labelledby="net-row-label">
      <p id="net-row-label" class="net-row__label">
        {t('danger.net')}
      </p>
      <ul class="net-row__calls">
        {lines.map((offer) => {
          const phone = offer.phones[0];
          return (
            phone && (
              <li key={offer.id}>
                <CallLine href={telHref(phone.number)} phone={phone} name={offer.name} size="tile" />
              </li>
            )
          );
        })}
      </ul>
    </section>
  );
}
