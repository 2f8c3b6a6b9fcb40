import type {
  Confidence,
  FurtherSource,
  Location,
  OfferRecord,
  Phone,
} from '../../../src/catalogue/types.ts';
import { numberOfDisplay } from '../check/phones.ts';
import type { RowReader } from './cells.ts';
import { areaTerms, labelsOf, type SheetContext } from './export-sheet.ts';
import { CONFIDENCE_WORDS, H, type Heading } from './headings.ts';

type Terms = readonly { id: string; label: string }[];

/**
 * The codes column is what import reads; the label column is there to be read. When they disagree, the
 * coordinator edited the label, and that edit must not vanish silently: it is an error on the label column.
 */
function coded(row: RowReader, labels: Heading, codes: Heading, terms: Terms): string[] {
  const values = row.list(codes);
  const expected = labelsOf(values, terms);
  if (row.list(labels).join(' | ') !== expected) {
    const message = `"${row.text(labels)}" does not match column ${codes} (that would be "${expected}"); edit the codes column, the labels only show it`;
    row.fail(labels, message);
  }
  return values;
}

function phones(row: RowReader): Phone[] {
  const displays = row.list(H.phones);
  const notes = row.positional(H.phoneNotes, displays.length, 'phone numbers');
  const boards = row.positional(H.phoneSwitchboard, displays.length, 'phone numbers');
  return displays.map((display, i) => {
    const number = numberOfDisplay(display);
    if (number === null) row.fail(H.phones, `"${display}" is not a phone number`);
    const board = row.yesNoItem(H.phoneSwitchboard, boards[i] ?? '');
    return {
      number: number ?? display,
      display,
      ...(notes[i] ? { description: notes[i] } : {}),
      ...(board === null ? {} : { switchboard: board }),
    };
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object';

function locations(row: RowReader): Location[] {
  const details = row.json(H.locations) ?? [];
  if (!Array.isArray(details) || !details.every(isObject)) {
    row.fail(H.locations, 'must be a JSON list of objects, one per location');
    return [];
  }
  const cities = row.list(H.city);
  if (cities.length !== details.length) {
    row.fail(
      H.city,
      `has ${cities.length} entries, but column ${H.locations} has ${details.length} locations`,
    );
  }
  const streets = row.positional(H.street, details.length, 'locations');
  const codes = row.positional(H.postalCode, details.length, 'locations');
  // The coordinates come as the coordinator left them; catalogue:check's schema decides whether they fit.
  return details.map((rest, i) => ({
    address: { address_1: streets[i] || null, postal_code: codes[i] || null, city: cities[i] ?? '' },
    ...(rest as Omit<Location, 'address'>),
  }));
}

function confidence(row: RowReader): Confidence {
  const word = row.text(H.sourceConfidence).trim();
  const found = (Object.keys(CONFIDENCE_WORDS) as Confidence[]).find((c) => CONFIDENCE_WORDS[c] === word);
  if (found) return found;
  row.fail(H.sourceConfidence, `"${word}" is not one of ${Object.values(CONFIDENCE_WORDS).join(', ')}`);
  return 'low';
}

function source(row: RowReader): OfferRecord['source'] {
  const covers = row.list(H.sourceCovers);
  return {
    url: row.text(H.sourceUrl),
    date: row.optional(H.sourceDate),
    confidence: confidence(row),
    note: row.optional(H.sourceNote),
    ...(covers.length > 0 ? { covers } : {}),
  };
}

function furtherSources(row: RowReader): { further_sources?: FurtherSource[] } {
  const value = row.json(H.furtherSources);
  if (value === undefined) return {};
  // The schema check of catalogue:check validates every further source: a wrong field is reported there.
  return { further_sources: value as FurtherSource[] };
}

/** One spreadsheet row as an offer record, in the field order of the catalogue files; cell problems go to `row`. */
export function readRow(row: RowReader, ctx: SheetContext): OfferRecord {
  const tx = ctx.taxonomy;
  const organizationId = row.optional(H.organizationId);
  const schedule = row.optional(H.hours);
  const endDate = row.optional(H.endDate);
  return {
    id: row.text(H.id),
    name: row.text(H.name),
    organization: { name: row.text(H.organization), ...(organizationId ? { id: organizationId } : {}) },
    category: coded(row, H.category, H.categoryCode, tx.categories).join(' | '),
    description: row.text(H.description),
    stages: coded(row, H.stages, H.stageCodes, tx.stages),
    audiences: coded(row, H.audiences, H.audienceCodes, tx.audiences),
    topics: coded(row, H.topics, H.topicCodes, tx.topics),
    modes: coded(row, H.modes, H.modeCodes, tx.modes),
    languages: coded(row, H.languages, H.languageCodes, tx.languages),
    free: row.yesNo(H.free, true),
    phones: phones(row),
    email: row.optional(H.email),
    url: row.optional(H.url),
    locations: locations(row),
    schedule: schedule === null ? null : { description: schedule },
    available_24_7: row.yesNo(H.allDay, false) ?? false,
    service_areas: coded(row, H.areas, H.areaCodes, areaTerms(ctx.regions)),
    source: source(row),
    ...furtherSources(row),
    assured_date: row.text(H.assured),
    ...(endDate === null ? {} : { end_date: endDate }),
  };
}
