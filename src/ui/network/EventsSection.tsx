import type { TFunction } from 'i18next';
import type { NetworkEvent } from '../../catalogue/index.ts';
import type { RegionEvents } from '../../network/index.ts';
import { formatDate } from '../common/format.ts';

type Props = { events: RegionEvents; t: TFunction };

function EventItem({ event, past, t }: { event: NetworkEvent; past: boolean; t: TFunction }) {
  const { source } = event;
  return (
    <li class={past ? 'is-past' : undefined}>
      <h3>
        {event.title}
        {past && <span class="network__past"> ({t('network.past')})</span>}
      </h3>
      <p>
        <time dateTime={event.date}>{formatDate(event.date)}</time>
        {event.time && `, ${event.time}`}
      </p>
      <p>
        {t('network.eventPlace')} {event.place}
      </p>
      {event.note && <p>{event.note}</p>}
      <p class="hint">
        {t('network.eventSource')}{' '}
        {source.url ? <a href={source.url}>{source.title}</a> : `${source.title} (${source.document})`}
      </p>
    </li>
  );
}

/** The region's network events from the data: those to come first, past ones marked "vergangen". */
export function EventsSection({ events, t }: Props) {
  const none = events.upcoming.length === 0 && events.past.length === 0;
  return (
    <section aria-labelledby="network-events">
      <h2 id="network-events">{t('network.eventsHeading')}</h2>
      {none && <p>{t('network.eventsNone')}</p>}
      <ul class="network__events">
        {events.upcoming.map((e) => (
          <EventItem key={e.id} event={e} past={false} t={t} />
        ))}
        {events.past.map((e) => (
          <EventItem key={e.id} event={e} past t={t} />
        ))}
      </ul>
    </section>
  );
}
