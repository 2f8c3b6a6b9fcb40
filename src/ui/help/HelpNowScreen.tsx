import { emergencyOffers } from '../common/emergency.ts';
import { telHref } from '../common/format.ts';
import { useAppState, useT } from '../context.ts';

/** /help-now: 110 and 112 first, then every 24/7 number from the catalogue, as huge tap targets. */
export function HelpNowScreen() {
  const t = useT();
  const state = useAppState().catalogue.value;
  const offers = state.status === 'ready' ? state.catalogue.offers : [];
  const regions = state.status === 'ready' ? state.catalogue.regions : [];
  const areaNames = (areas: string[]) =>
    areas.map((a) => regions.find((r) => r.id === a)?.name ?? a).join(', ');
  const { emergency, allDay } = emergencyOffers(offers);
  return (
    <div class="help-now">
      <h1>{t('helpNow.title')}</h1>
      <p class="lead">{t('helpNow.intro')}</p>
      {state.status === 'loading' && <p class="status">{t('summary.loading')}</p>}
      {state.status === 'error' && (
        <p class="status status--error" role="alert">
          {t('summary.error')}
        </p>
      )}
      <ul class="help-now__list">
        {[...emergency, ...allDay].map((o) => (
          <li
            key={o.id}
            class={emergency.includes(o) ? 'help-now__item help-now__item--emergency' : 'help-now__item'}
          >
            {o.phones.map((p) => (
              <a key={p.number} class="help-now__call" href={telHref(p.number)}>
                <span class="help-now__number">{p.display}</span>
                <span class="help-now__name">{o.name}</span>
                <span class="help-now__area">{t('helpNow.area', { areas: areaNames(o.areas) })}</span>
                {o.schedule && <span class="help-now__hours">{o.schedule.description}</span>}
              </a>
            ))}
            <a class="help-now__more" href={`/offer/${o.id}`}>
              {t('helpNow.more', { name: o.name })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
