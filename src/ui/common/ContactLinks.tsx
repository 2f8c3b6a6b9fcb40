import type { Phone } from '../../catalogue/index.ts';
import { CallButton } from './CallButton.tsx';

type Props = {
  name: string;
  phones: Phone[];
  email: string | null;
  url: string | null;
  websiteLabel: string;
};

/** Phones as call buttons (with their notes), e-mail as mailto:, website as a link: only what is known. */
export function ContactLinks({ name, phones, email, url, websiteLabel }: Props) {
  return (
    <>
      {phones.map((p) => (
        <p key={p.number}>
          <CallButton phone={p} name={name} />
          {p.description && <span class="hint"> {p.description}</span>}
        </p>
      ))}
      {email && (
        <p>
          <a href={`mailto:${email}`}>{email}</a>
        </p>
      )}
      {url && (
        <p>
          <a href={url} rel="noopener noreferrer">
            {websiteLabel}
          </a>
        </p>
      )}
    </>
  );
}
