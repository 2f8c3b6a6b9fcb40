/**
 * CLI: `tsx scripts/catalogue-export.ts --region ID [--out FILE.xlsx|FILE.csv]` writes one region (a file of
 * data/catalogue, wide-area included) for the coordinators: by default `<ID>.xlsx`, an Excel workbook whose cells
 * are all text; with `--out FILE.csv` a CSV for a German Excel (BOM, semicolons), one row per offer either way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { OfferRecord } from '../src/catalogue/types.ts';
import { DATA } from './lib/paths.ts';
import { catalogueFiles, readReference } from './lib/read-data.ts';
import { exportSheet, exportWorkbook, isWorkbook } from './lib/sheet/index.ts';

function regionOffers(region: string, dataDir: string): OfferRecord[] | null {
  const file = catalogueFiles(dataDir).find((f) => path.basename(f, '.json') === region);
  if (!file) return null;
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { offers: OfferRecord[] }).offers;
}

/** One region file as spreadsheet text, or null when there is no such region. */
export function exportRegion(region: string, dataDir: string = DATA): string | null {
  const offers = regionOffers(region, dataDir);
  return offers && exportSheet(offers, readReference(dataDir));
}

/** One region file as an Excel workbook, or null when there is no such region. */
export async function exportRegionWorkbook(region: string, dataDir: string = DATA): Promise<Buffer | null> {
  const offers = regionOffers(region, dataDir);
  return offers && exportWorkbook(offers, readReference(dataDir));
}

/** Runs the export and returns the exit code; messages go through `print`; `--out` is relative to `cwd`. */
export async function main(
  argv: string[],
  print: (line: string) => void = console.error,
  dataDir = DATA,
  cwd = process.cwd(),
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { region: { type: 'string' }, out: { type: 'string' } },
  });
  const regions = catalogueFiles(dataDir).map((f) => path.basename(f, '.json'));
  const out = values.out ?? (values.region ? `${values.region}.xlsx` : undefined);
  if (!values.region || !out || !/\.(xlsx|csv)$/i.test(out)) {
    print(
      `usage: npm run catalogue:export -- --region ID [--out FILE.xlsx|FILE.csv] (ID: ${regions.join(', ')})`,
    );
    return 2;
  }
  if (!regions.includes(values.region)) {
    print(`unknown region "${values.region}" (one of ${regions.join(', ')})`);
    return 2;
  }
  const file = path.resolve(cwd, out);
  if (!fs.existsSync(path.dirname(file))) {
    print(`${out}: the folder ${path.dirname(out)} does not exist`);
    return 2;
  }
  if (isWorkbook(out)) {
    fs.writeFileSync(file, (await exportRegionWorkbook(values.region, dataDir)) ?? '');
    print(
      `${out}: ${values.region} written as an Excel workbook (every cell text; sheet "Erklärung" explains the columns)`,
    );
  } else {
    fs.writeFileSync(file, exportRegion(values.region, dataDir) ?? '', 'utf8');
    print(`${out}: ${values.region} written for a German Excel (UTF-8 with BOM, semicolons)`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
