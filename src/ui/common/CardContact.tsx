import type { Catalogue, Offer } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { CallButton } from './CallButton.tsx';
import { cardReach } from './card-contact.ts';
import { WebOnly } from './WebOnly.tsx';

type Props = { offer: Offer; catalogue: Catalogue };

/**
 * The one way to reach an offer that fits on a card: its own number (and whom to ask for at a
 * switchboard), else the provider's number, else "number not known", else its website (needs internet).
 */
export function CardContact({ offer, catalogue }: Props) {
  const t = useT();
  const reach = cardReach(offer, catalogue, t);
  if (reach.kind === 'other') return <WebOnly unknown={reach.unknown} web={reach.web} />;
  const { phone, callee, hint, via } = reach;
  if (via === null) {
    return (
      <>
        <CallButton phone={phone} name={callee} />
        {hint && <strong class="hint switchboard">{hint}</strong>}
      </>
    );
  }
  return (
    <span class="card__via">
      {t('contact.viaProvider', { name: via })} <CallButton phone={phone} name={callee} />
      {hint && <strong class="hint switchboard"> {hint}</strong>}
    </span>
  );
}
