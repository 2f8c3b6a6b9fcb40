import type { Phone } from '../../catalogue/index.ts';
import { telHref } from '../common/format.ts';
import { useT } from '../context.ts';

type Props = {
  id: string;
  name: string;
  phones: readonly Phone[];
  /** "für: …", when the catalogue says whom the line serves. */
  areas?: string | undefined;
  hours?: string | undefined;
  emergency?: boolean;
  /** Links the offer page; only once the catalogue is there to show it. */
  more: boolean;
};

/** One number to call as a huge tap target, with whom it serves and a link to more about it. */
export function HelpLine({ id, name, phones, areas, hours, emergency = false, more }: Props) {
  const t = useT();
  return (
    <li class={emergency ? 'help-now__item help-now__item--emergency' : 'help-now__item'}>
      {phones.map((p) => (
        <a key={p.number} class="help-now__call" href={telHref(p.number)}>
          <span class="help-now__number" dir="ltr">
            {p.display}
          </span>
          <span class="help-now__name" dir="auto">
            {name}
          </span>
          {areas && <span class="help-now__area">{t('helpNow.area', { areas })}</span>}
          {hours && <span class="help-now__hours">{hours}</span>}
        </a>
      ))}
      {more && (
        <a class="help-now__more" href={`/offer/${id}`}>
          {t('helpNow.more', { name })}
        </a>
      )}
    </li>
  );
}
