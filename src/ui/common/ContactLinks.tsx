import type { Phone } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { CallButton } from './CallButton.tsx';
import { switchboardText } from './provider-contact.ts';

type Props = {
  name: string;
  phones: Phone[];
  email: string | null;
  url: string | null;
  websiteLabel: string;
  /** Whom to ask for at a switchboard (null: the KoKi). */
  ask: string | null;
  /** Whether a phone or e-mail outside these links (the provider's) also reaches them. */
  reachableOtherwise?: boolean;
};

/**
 * Phones as call buttons (with their notes, and whom to ask for at a switchboard), e-mail as mailto:,
 * website as a link that says it needs internet when it is the only way: only what is known.
 */
export function ContactLinks({ name, phones, email, url, websiteLabel, ask, reachableOtherwise }: Props) {
  const t = useT();
  const websiteOnly = phones.length === 0 && !email && !reachableOtherwise;
  return (
    <>
      {phones.map((p) => (
        <p key={p.number}>
          <CallButton phone={p} name={name} />
          {p.switchboard && <strong class="hint switchboard"> {switchboardText(p, ask, t)}</strong>}
          {p.description && <span class="hint"> {p.description}</span>}
        </p>
      ))}
      {email && (
        <p>
          <a href={`mailto:${email}`} dir="ltr">
            {email}
          </a>
        </p>
      )}
      {url && (
        <p>
          <a href={url} rel="noopener noreferrer">
            {websiteOnly ? t('contact.websiteOnline', { label: websiteLabel }) : websiteLabel}
          </a>
        </p>
      )}
    </>
  );
}
