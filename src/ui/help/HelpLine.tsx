import type { Phone } from '../../catalogue/index.ts';
import { CallLine } from '../common/CallLine.tsx';
import { telHref } from '../common/format.ts';
import { useT } from '../context.ts';

type Props = {
  id: string;
  name: string;
  /** The German name beside a translated one (the name a family hears on the phone). */
  german?: string | undefined;
  phones: readonly Phone[];
  /** "für: …", when the catalogue says whom the line serves. */
  areas?: string | undefined;
  hours?: string | undefined;
  emergency?: boolean;
  /** Links the offer page; only once the catalogue is there to show it. */
  more: boolean;
};

/** Each number of one help line as a call, with whom it serves, when it answers, and a link to more about it. */
export function HelpLine({ id, name, german, phones, areas, hours, emergency = false, more }: Props) {
  const t = useT();
  const notes = [german, areas && t('helpNow.area', { areas }), hours];
  return (
    <li class="help-now__item">
      {phones.map((p) => (
        <CallLine
          key={p.number}
          href={telHref(p.number)}
          phone={p}
          name={name}
          notes={notes}
          tone={emergency ? 'danger' : 'calm'}
        />
      ))}
      {more && (
        <a class="help-now__more" href={`/offer/${id}`}>
          {t('helpNow.more', { name })}
        </a>
      )}
    </li>
  );
}
