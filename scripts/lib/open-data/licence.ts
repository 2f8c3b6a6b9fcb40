/**
 * What the open data may be used under and whom to name: only what the repository states (README "Credits and
 * licences", data/sources/README.md, the credits screen). Decision (recorded in data/README.md): the compiled
 * offers are published under the Datenlizenz Deutschland – Namensnennung – 2.0, the licence German public bodies
 * use for open data on GovData, so that aggregators may reuse them with one attribution; each offer's facts stay
 * credited to its own source.
 */
const DL_DE_BY = 'https://www.govdata.de/dl-de/by-2-0';
const CC_BY_SA = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** LIZENZ.txt beside the CSV and the HSDS file (a CSV cannot carry a comment line and stay valid). */
export const LICENCE_TEXT = [
  'Lotse – offene Daten der Angebote (Frühe Hilfen): Lizenzen und Namensnennung',
  '',
  'Angebote (hsds/services.json, offers.csv)',
  '  Aus öffentlichen Seiten der Träger, Städte, Landkreise und aus der Presse zusammengestellt; jedes Angebot',
  '  nennt seine Quelle (source_url) und deren Datum (source_date).',
  `  Zusammenstellung: Datenlizenz Deutschland – Namensnennung – 2.0 (${DL_DE_BY}).`,
  '  Namensnennung: „Lotse – Angebote der Frühen Hilfen“ und, wo Sie ein einzelnes Angebot zeigen, seine Quelle.',
  '',
  'Koordinaten mit coordinates_precision = municipality (Orts- und Gemeindemittelpunkte)',
  '  Gemeindeverzeichnis, Statistisches Bundesamt (Destatis), eigene Bearbeitung;',
  '  Ortslagen © GeoBasis-DE / BKG 2021 (Daten verändert).',
  `  Datenlizenz Deutschland – Namensnennung – 2.0 (${DL_DE_BY}).`,
  '',
  'Datenformat',
  '  Human Services Data Specification: an Open Referral resource (https://openreferral.org/), HSDS 3.0,',
  `  CC BY-SA 4.0 (${CC_BY_SA}).`,
  '',
].join('\n');

/**
 * `created` as the Data Package profile wants it: an RFC 3339 date-time (format "date-time"; a bare date fails
 * `frictionless validate`). It is midnight UTC of the build's own date, not the clock, so one day's builds agree.
 */
export function createdAt(today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`not a YYYY-MM-DD date: ${today}`);
  return `${today}T00:00:00Z`;
}

/** Frictionless Data Package descriptor: the dataset's metadata with its licences and sources, machine-readable. */
export function dataPackage(today: string): Record<string, unknown> {
  return {
    name: 'lotse-fruehe-hilfen',
    title: 'Lotse – Angebote der Frühen Hilfen',
    description:
      'Angebote für werdende Eltern und Familien mit Kindern unter drei Jahren. Jedes Angebot nennt seine Quelle; die Zusammenstellung steht unter der Datenlizenz Deutschland – Namensnennung – 2.0 (siehe LIZENZ.txt).',
    created: createdAt(today),
    licenses: [
      {
        name: 'dl-de-by-2.0',
        path: DL_DE_BY,
        title:
          'Datenlizenz Deutschland – Namensnennung – 2.0 (die Zusammenstellung der Angebote; Koordinaten der Orts- und Gemeindemittelpunkte)',
      },
      { name: 'CC-BY-SA-4.0', path: CC_BY_SA, title: 'CC BY-SA 4.0 (Datenformat HSDS 3.0, Open Referral)' },
    ],
    sources: [
      { title: 'Öffentliche Seiten der Träger, Städte, Landkreise und Presse: je Angebot in source_url' },
      { title: 'Gemeindeverzeichnis, Statistisches Bundesamt (Destatis)', path: 'https://www.destatis.de' },
      { title: '© GeoBasis-DE / BKG 2021 (Daten verändert)', path: 'https://www.bkg.bund.de' },
    ],
    resources: [
      { name: 'services', path: 'hsds/services.json', format: 'json', mediatype: 'application/json' },
      // 'utf-8', the IANA name the Data Package spec asks for ('utf-8-sig' is Python's alone and the JavaScript
      // library refuses it). The file still starts with a BOM for Excel: frictionless-py skips it, the JavaScript
      // library keeps it on the first column's name.
      { name: 'offers', path: 'offers.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' },
      { name: 'licence', path: 'LIZENZ.txt', format: 'txt', mediatype: 'text/plain' },
    ],
  };
}
