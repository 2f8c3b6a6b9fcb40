import type { Catalogue } from '../../catalogue/index.ts';
import type { SearchResult } from '../../matching/index.ts';
import { OfferCard } from '../common/OfferCard.tsx';

type ListProps = {
  items: (SearchResult['results'][number] & { km?: number })[];
  catalogue: Catalogue;
  text: (m: SearchResult['results'][number]) => string[];
};

/** The cards: how far by the device's position when asked, else about how far from the family's town. */
export function ResultList({ items, catalogue, text }: ListProps) {
  return (
    <ul class="results">
      {items.map((m) => (
        <li key={m.id}>
          <OfferCard
            {...{ offer: m.offer, catalogue, reasons: text(m), distanceKm: m.km, aboutKm: m.distanceKm }}
            compact
          />
        </li>
      ))}
    </ul>
  );
}
