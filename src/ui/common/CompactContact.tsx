import type { Catalogue, Offer } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { CallButton } from './CallButton.tsx';
import { cardReach } from './card-contact.ts';
import { WebOnly } from './WebOnly.tsx';

type Props = { offer: Offer; catalogue: Catalogue };

/**
 * The results card's contact: the call button (or "number not known" / website) in the card's side column,
 * and whose number it is and whom to ask for on one short line under the card. The offer page says it in full.
 */
export function CompactContact({ offer, catalogue }: Props) {
  const t = useT();
  const reach = cardReach(offer, catalogue, t);
  if (reach.kind === 'other') {
    return (
      <div class="card__reach">
        {/* One of the two fits beside the card; the offer page says both. */}
        <WebOnly unknown={reach.unknown && !reach.web} web={reach.web} />
      </div>
    );
  }
  const { phone, callee, hint, via } = reach;
  return (
    <>
      <div class="card__reach">
        <CallButton phone={phone} name={callee} />
      </div>
      {(via || hint) && (
        <p class="card__note">
          {via && <span class="card__via">{t('contact.viaProviderShort', { name: via })}</span>}
          {via && hint && ' · '}
          {hint && <strong class="switchboard">{hint}</strong>}
        </p>
      )}
    </>
  );
}
