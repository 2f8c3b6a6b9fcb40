import type { Offer } from '../../catalogue/index.ts';
import { placedEntries, unplacedOffers } from '../../map/index.ts';
import { useT } from '../context.ts';

type Props = { offers: readonly Offer[]; headingId: string };

/** The map's content as a plain list: every placed offer with its place, approximate places said in words. */
export function MapList({ offers, headingId }: Props) {
  const t = useT();
  const entries = placedEntries(offers);
  const unplaced = unplacedOffers(offers).length;
  return (
    <div class="map-list">
      <h2 id={headingId}>{t('map.listHeading')}</h2>
      <ul aria-labelledby={headingId}>
        {entries.map((e) => (
          <li key={`${e.id}@${e.lat},${e.lon}`}>
            <a href={e.href}>{e.name}</a>
            <span class="map-list__place"> – {e.place}</span>
            {e.approximate && <span class="map-list__approx"> ({t('map.approximate')})</span>}
          </li>
        ))}
      </ul>
      {unplaced > 0 && <p class="hint">{t('map.unplaced', { n: unplaced })}</p>}
    </div>
  );
}
