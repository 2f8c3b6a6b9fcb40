import type { TFunction } from '../../i18n/index.ts';

/** What a region name needs: its id (the `regions.<id>` key) and the catalogue's German name. */
export type Named = { readonly id: string; readonly name: string };

/**
 * A region or wide area ("Bayern", "Deutschland") named in the language shown: `regions.<id>`, else the catalogue's
 * German. Translated sentences read "in all of Germany", not "in all of Deutschland" (reviews of 2026-12-07).
 */
export function regionName(t: TFunction, region: Named): string {
  return t(`regions.${region.id}`, { defaultValue: region.name });
}

/** The areas of an offer named in the language shown, joined: "Ostallgäu district, Bavaria". */
export function areaNames(t: TFunction, regions: readonly Named[], areas: readonly string[]): string {
  return areas.map((id) => regionName(t, regions.find((r) => r.id === id) ?? { id, name: id })).join(', ');
}
