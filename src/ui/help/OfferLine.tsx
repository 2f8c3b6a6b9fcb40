import type { Offer, RegionInfo } from '../../catalogue/index.ts';
import { lineName } from '../common/line-name.ts';
import { areaNames } from '../common/region-name.ts';
import { useT } from '../context.ts';
import { HelpLine } from './HelpLine.tsx';

type Props = { offer: Offer; regions: readonly RegionInfo[]; emergency?: boolean };

/** A catalogue offer as a help line, naming the regions it serves and its hours. */
export function OfferLine({ offer, regions, emergency = false }: Props) {
  const t = useT();
  const areas = areaNames(t, regions, offer.areas);
  return (
    <HelpLine
      id={offer.id}
      {...lineName(t, offer)}
      phones={offer.phones}
      areas={areas}
      hours={offer.schedule?.description}
      emergency={emergency}
      more
    />
  );
}
