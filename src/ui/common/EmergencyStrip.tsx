import { useT } from '../context.ts';
import { helpNowHref, useFamilyRegion } from '../help/family-region.ts';
import { FIXED_LINES } from './emergency.ts';
import { telHref } from './format.ts';

/**
 * 110, 112 and the two national crisis lines as one compact row of call buttons, from the first bundle: they work
 * whether or not the catalogue ever loads. Every other 24/7 number is one tap away on help-now.
 */
export function EmergencyStrip() {
  const t = useT();
  const region = useFamilyRegion();
  return (
    <section class="emergency" aria-labelledby="emergency-heading">
      <h2 id="emergency-heading">{t('emergency.heading')}</h2>
      <ul class="emergency__main">
        {FIXED_LINES.map((line) => (
          <li key={line.id}>
            <a class="emergency__call" href={telHref(line.number)}>
              <span class="emergency__number" dir="ltr">
                {line.display}
              </span>
              <span class="emergency__name">{t(line.name)}</span>
            </a>
          </li>
        ))}
      </ul>
      <a class="emergency__all" href={helpNowHref(region)}>
        {t('emergency.allNumbers')}
      </a>
    </section>
  );
}
