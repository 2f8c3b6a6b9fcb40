import type { TFunction } from '../../i18n/index.ts';
import { isFixedLine } from './emergency.ts';

/**
 * A help line's name in the language shown, `data.lines.<id>` (data/line-names.json lists the lines), with the
 * catalogue's German name beside it (`german`) where the two differ: the name a family hears on the phone and reads on
 * a sign. In German (no `data` keys) the catalogue's name alone. The four lines of the first bundle (110, 112,
 * violence, crisis) keep their short names of `emergency.*`, the same before and after the catalogue arrives.
 */
export function lineName(
  t: TFunction,
  line: { readonly id: string; readonly name: string },
): { name: string; german?: string } {
  const name = t(`data.lines.${line.id}`, { defaultValue: line.name });
  return name === line.name || isFixedLine(line.id) ? { name } : { name, german: line.name };
}
