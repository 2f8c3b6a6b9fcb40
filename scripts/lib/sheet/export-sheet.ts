import { csvFile } from '../../../src/catalogue/csv.ts';
import type { OfferRecord, RegionInfo, Taxonomy, TaxonomyTerm } from '../../../src/catalogue/types.ts';
import { CONFIDENCE_WORDS, H, HEADINGS, type Heading, LIST_SEPARATOR, NO, YES } from './headings.ts';

/** What gives the codes their German labels. */
export interface SheetContext {
  taxonomy: Taxonomy;
  regions: RegionInfo[];
}

const list = (items: readonly string[]): string => items.join(LIST_SEPARATOR);
const yesNo = (value: boolean | null | undefined): string =>
  value === true ? YES : value === false ? NO : '';

/** The German label of each code; an unknown code stands for itself (the check reports it). */
export function labelsOf(codes: readonly string[], terms: readonly { id: string; label: string }[]): string {
  return list(codes.map((code) => terms.find((t) => t.id === code)?.label ?? code));
}

/** Region names as labels of the service-area codes. */
export function areaTerms(regions: RegionInfo[]): TaxonomyTerm[] {
  return regions.map((r) => ({ id: r.code, label: r.name }));
}

function contactCells(o: OfferRecord): Partial<Record<Heading, string>> {
  const notes = o.phones.some((p) => p.description) ? o.phones.map((p) => p.description ?? '') : [];
  const boards = o.phones.some((p) => p.switchboard !== undefined)
    ? o.phones.map((p) => yesNo(p.switchboard))
    : [];
  const { locations } = o;
  return {
    [H.phones]: list(o.phones.map((p) => p.display)),
    [H.phoneNotes]: list(notes),
    [H.phoneSwitchboard]: list(boards),
    [H.email]: o.email ?? '',
    [H.url]: o.url ?? '',
    [H.street]: list(locations.map((l) => l.address.address_1 ?? '')),
    [H.postalCode]: list(locations.map((l) => l.address.postal_code ?? '')),
    [H.city]: list(locations.map((l) => l.address.city)),
    [H.locations]:
      locations.length > 0 ? JSON.stringify(locations.map(({ address: _a, ...rest }) => rest)) : '',
    [H.hours]: o.schedule?.description ?? '',
    [H.allDay]: yesNo(o.available_24_7),
  };
}

function sourceCells(o: OfferRecord): Partial<Record<Heading, string>> {
  const { source } = o;
  return {
    [H.sourceUrl]: source.url,
    [H.sourceDate]: source.date ?? '',
    [H.sourceConfidence]: CONFIDENCE_WORDS[source.confidence],
    [H.sourceNote]: source.note ?? '',
    [H.sourceCovers]: list(source.covers ?? []),
    [H.furtherSources]: o.further_sources ? JSON.stringify(o.further_sources) : '',
    [H.assured]: o.assured_date,
    [H.endDate]: o.end_date ?? '',
  };
}

/** One offer as spreadsheet cells, by heading. */
export function offerCells(o: OfferRecord, ctx: SheetContext): Partial<Record<Heading, string>> {
  const tx = ctx.taxonomy;
  return {
    [H.id]: o.id,
    [H.name]: o.name,
    [H.organization]: o.organization.name,
    [H.organizationId]: o.organization.id ?? '',
    [H.category]: labelsOf([o.category], tx.categories),
    [H.categoryCode]: o.category,
    [H.description]: o.description,
    [H.stages]: labelsOf(o.stages, tx.stages),
    [H.stageCodes]: list(o.stages),
    [H.audiences]: labelsOf(o.audiences, tx.audiences),
    [H.audienceCodes]: list(o.audiences),
    [H.topics]: labelsOf(o.topics, tx.topics),
    [H.topicCodes]: list(o.topics),
    [H.modes]: labelsOf(o.modes, tx.modes),
    [H.modeCodes]: list(o.modes),
    [H.languages]: labelsOf(o.languages, tx.languages),
    [H.languageCodes]: list(o.languages),
    [H.free]: yesNo(o.free),
    ...contactCells(o),
    [H.areas]: labelsOf(o.service_areas, areaTerms(ctx.regions)),
    [H.areaCodes]: list(o.service_areas),
    ...sourceCells(o),
  };
}

/** A region's offers as a spreadsheet for a German Excel: BOM, semicolons, CRLF, one row per offer in file order. */
export function exportSheet(offers: readonly OfferRecord[], ctx: SheetContext): string {
  const rows = offers.map((o) => {
    const cells = offerCells(o, ctx);
    return HEADINGS.map((h) => cells[h] ?? '');
  });
  return csvFile([[...HEADINGS], ...rows], ';');
}
