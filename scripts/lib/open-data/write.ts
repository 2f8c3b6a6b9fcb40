import fs from 'node:fs';
import path from 'node:path';
import type { OfferRecord } from '../../../src/catalogue/types.ts';
import { rel } from '../paths.ts';
import { toOffersCsv } from './csv.ts';
import { isoToday, toHsdsServices } from './hsds.ts';
import { hsdsKeyProblems } from './integrity.ts';
import { dataPackage, LICENCE_TEXT } from './licence.ts';
import type { OpenDataContext } from './types.ts';

/** The short note that travels with the files: what they are, where the facts come from, whose format it is. */
export const OPEN_DATA_README = [
  'Lotse – offene Daten der Angebote (Frühe Hilfen)',
  '',
  'hsds/services.json  Alle Angebote als JSON-Liste von Services nach Open Referral,',
  '                    Human Services Data Specification (HSDS) 3.0.',
  'offers.csv          Dieselben Angebote als Tabelle (UTF-8 mit BOM, Komma, CRLF, RFC 4180),',
  '                    mit dem allgemeinen Kontakt des Trägers (organization_phones, _email, _url).',
  'LIZENZ.txt          Lizenzen und Namensnennung; datapackage.json sagt dasselbe maschinenlesbar.',
  '',
  'Die Angaben stammen aus öffentlichen Seiten der Träger, Städte, Landkreise und aus der Presse;',
  'jedes Angebot nennt seine Quelle (source_url) und den Tag der letzten Prüfung (assured_date).',
  'Koordinaten mit coordinates_precision = municipality sind Orts- oder Gemeindemittelpunkte, keine Adresspunkte:',
  'Gemeindeverzeichnis, Statistisches Bundesamt (Destatis), dl-de/by-2-0, eigene Bearbeitung;',
  'Ortslagen © GeoBasis-DE / BKG 2021 (Daten verändert), Datenlizenz Deutschland – Namensnennung – 2.0.',
  '',
  'Datenformat: Human Services Data Specification: an Open Referral resource (https://openreferral.org/),',
  'HSDS 3.0, lizenziert unter CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).',
  '',
].join('\n');

function shown(file: string): string {
  const relative = rel(file);
  return relative.startsWith('..') ? file : relative;
}

/**
 * Writes outDir/open-data/{hsds/services.json, offers.csv, README.txt, LIZENZ.txt, datapackage.json}, replacing
 * what an earlier build left; refuses (throws) when an HSDS id is taken twice or a reference finds no record.
 */
export function writeOpenData(
  outDir: string,
  offers: OfferRecord[],
  ctx: OpenDataContext,
): { files: string[] } {
  const services = toHsdsServices(offers, ctx);
  const problems = hsdsKeyProblems(services);
  if (problems.length > 0)
    throw new Error(
      `the HSDS export does not load into tables; nothing was written:\n${problems.join('\n')}`,
    );
  const dir = path.join(outDir, 'open-data');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'hsds'), { recursive: true });
  const written: [string, string][] = [
    [path.join(dir, 'hsds', 'services.json'), JSON.stringify(services)],
    [path.join(dir, 'offers.csv'), toOffersCsv(offers, ctx)],
    [path.join(dir, 'README.txt'), OPEN_DATA_README],
    [path.join(dir, 'LIZENZ.txt'), LICENCE_TEXT],
    [
      path.join(dir, 'datapackage.json'),
      `${JSON.stringify(dataPackage(ctx.today ?? isoToday()), null, 2)}\n`,
    ],
  ];
  for (const [file, text] of written) fs.writeFileSync(file, text, 'utf8');
  return { files: written.map(([file]) => shown(file)) };
}
