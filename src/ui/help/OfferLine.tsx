import type { Offer, RegionInfo } from '../../catalogue/index.ts';
import { HelpLine } from './HelpLine.tsx';

type Props = { offer: Offer; regions: readonly RegionInfo[]; emergency?: boolean };

/** A catalogue offer as a help line, naming the regions it serves and its hours. */
export function OfferLine({ offer, regions, emergency = false }: Props) {
  const areas = offer.areas.map((a) => regions.find((r) => r.id === a)?.name ?? a).join(', ');
  return (
    <HelpLine
      id={offer.id}
      name={offer.name}
      phones={offer.phones}
      areas={areas}
      hours={offer.schedule?.description}
      emergency={emergency}
      more
    />
  );
}
