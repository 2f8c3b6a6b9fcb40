import type { Phone } from '../../catalogue/index.ts';
import { useT } from '../context.ts';

type Props = {
  /**
   * The caller's `telHref(phone.number)`. CallLine (first bundle, also imported by the lazy results chunk) must not
   * import format.ts itself: Rolldown then splits format.ts and its neighbours out of the entry chunk (rolldown#10731),
   * measured +360 B gz of initial JavaScript.
   */
  href: string;
  phone: Phone;
  /** Whom the call reaches. */
  name: string;
  /** Short lines under the name: whom the line serves, when it answers. */
  notes?: readonly (string | undefined)[];
  /** Red for emergency and danger lines; the calm accent for the other lines of help-now. */
  tone?: 'danger' | 'calm';
  /** "tile": number and short name only, two to a row, so that the start page's calls share its first screen. */
  size?: 'full' | 'tile';
};

/**
 * One number to call as a large tap target (at least 48 px) naming whom it reaches: the one way Lotse draws a call in
 * the start page's strip, on help-now and in the danger block on /results. It is in the first bundle (the strip and
 * help-now are), so it carries nothing that only one screen needs.
 */
export function CallLine({ href, phone, name, notes = [], tone = 'danger', size = 'full' }: Props) {
  const t = useT();
  return (
    <a class={`call-line call-line--${tone} call-line--${size}`} href={href}>
      <span class="visually-hidden">{t('callLine.call')} </span>
      <span class="call-line__number" dir="ltr">
        {phone.display}
      </span>
      <span class="call-line__name" dir="auto">
        {name}
      </span>
      {notes.map(
        (note) =>
          note && (
            // dir="auto": a German note ("24/7, 365 Tage") in an rtl page came out as "Tage 365 ,24/7".
            <span key={note} class="call-line__note" dir="auto">
              {note}
            </span>
          ),
      )}
    </a>
  );
}
