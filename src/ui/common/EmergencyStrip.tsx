import type { Offer } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { emergencyOffers } from './emergency.ts';
import { telHref } from './format.ts';

type Props = { offers: readonly Offer[] };

/** 110 and 112 first, then the 24/7 numbers, all as tel: links taken from the catalogue. */
export function EmergencyStrip({ offers }: Props) {
  const t = useT();
  const { emergency, allDay } = emergencyOffers(offers);
  return (
    <section class="emergency" aria-labelledby="emergency-heading">
      <h2 id="emergency-heading">{t('emergency.heading')}</h2>
      <ul class="emergency__main">
        {emergency.map((o) => (
          <li key={o.id}>
            <a class="emergency__call" href={telHref(o.phones[0]?.number ?? '')}>
              <span class="emergency__number">{o.phones[0]?.display}</span>
              <span class="emergency__name">{o.name}</span>
            </a>
          </li>
        ))}
      </ul>
      {allDay.length > 0 && (
        <details class="emergency__more">
          <summary>{t('emergency.allDay')}</summary>
          <ul>
            {allDay.map((o) => (
              <li key={o.id}>
                <span>{o.name}</span>{' '}
                {o.phones.map((p) => (
                  <a key={p.number} href={telHref(p.number)}>
                    {p.display}
                  </a>
                ))}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
