/**
 * CLI: `tsx scripts/catalogue-export.ts --region ID --out FILE.csv` writes one region (a file of
 * data/catalogue, wide-area included) as a spreadsheet for a German Excel: BOM, semicolons, one row per offer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { OfferRecord } from '../src/catalogue/types.ts';
import { DATA } from './lib/paths.ts';
import { catalogueFiles, readReference } from './lib/read-data.ts';
import { exportSheet } from './lib/sheet/index.ts';

/** One region file as spreadsheet text, or null when there is no such region. */
export function exportRegion(region: string, dataDir: string = DATA): string | null {
  const file = catalogueFiles(dataDir).find((f) => path.basename(f, '.json') === region);
  if (!file) return null;
  const { offers } = JSON.parse(fs.readFileSync(file, 'utf8')) as { offers: OfferRecord[] };
  return exportSheet(offers, readReference(dataDir));
}

/** Runs the export and returns the exit code; messages go through `print`. */
export function main(argv: string[], print: (line: string) => void = console.error, dataDir = DATA): number {
  const { values } = parseArgs({
    args: argv,
    options: { region: { type: 'string' }, out: { type: 'string' } },
  });
  const regions = catalogueFiles(dataDir).map((f) => path.basename(f, '.json'));
  if (!values.region || !values.out) {
    print(`usage: npm run catalogue:export -- --region ID --out FILE.csv (ID: ${regions.join(', ')})`);
    return 2;
  }
  const text = exportRegion(values.region, dataDir);
  if (text === null) {
    print(`unknown region "${values.region}" (one of ${regions.join(', ')})`);
    return 2;
  }
  fs.writeFileSync(values.out, text, 'utf8');
  print(`${values.out}: ${values.region} written for a German Excel (UTF-8 with BOM, semicolons)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
