import type { Phone } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { telHref } from './format.ts';

type Props = { phone: Phone; name: string };

/** One tap to call: a large tel: link that says whom it calls. */
export function CallButton({ phone, name }: Props) {
  const t = useT();
  return (
    <a
      class="call"
      href={telHref(phone.number)}
      aria-label={t('offer.callLabel', { name, number: phone.display })}
    >
      <span aria-hidden="true">☎</span> <bdi dir="ltr">{phone.display}</bdi>
    </a>
  );
}
