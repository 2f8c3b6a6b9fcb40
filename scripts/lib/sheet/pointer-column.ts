import { H, type Heading } from './headings.ts';

/** Which column holds the field a catalogue:check pointer (relative to the offer) names. */
const FIELD_COLUMNS: [RegExp, Heading][] = [
  [/^\/id$/, H.id],
  [/^\/name$/, H.name],
  [/^\/organization\/id$/, H.organizationId],
  [/^\/organization/, H.organization],
  [/^\/category$/, H.categoryCode],
  [/^\/description$/, H.description],
  [/^\/stages/, H.stageCodes],
  [/^\/audiences/, H.audienceCodes],
  [/^\/topics/, H.topicCodes],
  [/^\/modes/, H.modeCodes],
  [/^\/languages/, H.languageCodes],
  [/^\/free$/, H.free],
  [/^\/phones\/\d+\/description/, H.phoneNotes],
  [/^\/phones\/\d+\/switchboard/, H.phoneSwitchboard],
  [/^\/phones/, H.phones],
  [/^\/email$/, H.email],
  [/^\/url$/, H.url],
  [/^\/locations\/\d+\/address\/address_1/, H.street],
  [/^\/locations\/\d+\/address\/postal_code/, H.postalCode],
  [/^\/locations\/\d+\/address/, H.city],
  [/^\/locations/, H.locations],
  [/^\/schedule/, H.hours],
  [/^\/available_24_7$/, H.allDay],
  [/^\/service_areas/, H.areaCodes],
  [/^\/source\/url$/, H.sourceUrl],
  [/^\/source\/date$/, H.sourceDate],
  [/^\/source\/confidence$/, H.sourceConfidence],
  [/^\/source\/note$/, H.sourceNote],
  [/^\/source\/covers/, H.sourceCovers],
  [/^\/further_sources/, H.furtherSources],
  [/^\/assured_date$/, H.assured],
  [/^\/end_date$/, H.endDate],
];

/** The offer index and column of a problem pointer like /offers/3/phones/0/number; no column for the whole offer. */
export function locatePointer(pointer: string): { index: number; heading?: Heading } | null {
  const match = /^\/offers\/(\d+)(.*)$/.exec(pointer);
  if (!match) return null;
  const rest = match[2] ?? '';
  const heading = FIELD_COLUMNS.find(([pattern]) => pattern.test(rest))?.[1];
  return { index: Number(match[1]), ...(heading ? { heading } : {}) };
}
