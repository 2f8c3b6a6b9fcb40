/**
 * The coordinators' spreadsheet: German column headings, in column order. Coded fields have a label column
 * (for reading) and a codes column (what import reads); data/README.md documents every column.
 */
export const H = {
  id: 'ID',
  name: 'Name',
  organization: 'Träger',
  organizationId: 'Träger-ID',
  category: 'Kategorie',
  categoryCode: 'Kategorie (Code)',
  description: 'Beschreibung',
  stages: 'Lebensphasen',
  stageCodes: 'Lebensphasen (Codes)',
  audiences: 'Zielgruppen',
  audienceCodes: 'Zielgruppen (Codes)',
  topics: 'Themen',
  topicCodes: 'Themen (Codes)',
  modes: 'Zugang',
  modeCodes: 'Zugang (Codes)',
  languages: 'Sprachen',
  languageCodes: 'Sprachen (Codes)',
  free: 'Kostenlos',
  phones: 'Telefon',
  phoneNotes: 'Telefon (Hinweise)',
  phoneSwitchboard: 'Telefon (Zentrale)',
  email: 'E-Mail',
  url: 'Website',
  street: 'Straße',
  postalCode: 'PLZ',
  city: 'Ort',
  locations: 'Standorte (JSON)',
  hours: 'Öffnungszeiten',
  allDay: 'Rund um die Uhr',
  areas: 'Gebiete',
  areaCodes: 'Gebiete (Codes)',
  sourceUrl: 'Quelle (URL)',
  sourceDate: 'Quelle (Datum)',
  sourceConfidence: 'Quelle (Verlässlichkeit)',
  sourceNote: 'Quelle (Notiz)',
  sourceCovers: 'Quelle (belegt)',
  furtherSources: 'Weitere Quellen (JSON)',
  assured: 'Geprüft am',
  endDate: 'Endet am',
} as const;

export type Heading = (typeof H)[keyof typeof H];

/** Every heading in column order. */
export const HEADINGS: readonly Heading[] = Object.values(H);

/** Lists in one cell: items joined by " | "; import also accepts "|" without spaces. */
export const LIST_SEPARATOR = ' | ';

/** Yes/no cells; an empty cell means "not known" where the field allows it. */
export const YES = 'ja';
export const NO = 'nein';

/** Source confidence in German, one word per code (a bijection, so no codes column is needed). */
export const CONFIDENCE_WORDS = { high: 'hoch', medium: 'mittel', low: 'niedrig' } as const;
