import type { TFunction } from '../../i18n/index.ts';

/**
 * A help line's name in the language shown: `data.lines.<id>` (data/line-names.json lists the lines; each translation
 * keeps the German name a family needs on a sign or the phone), else the catalogue's German name.
 */
export function lineName(t: TFunction, line: { readonly id: string; readonly name: string }): string {
  return t(`data.lines.${line.id}`, { defaultValue: line.name });
}
