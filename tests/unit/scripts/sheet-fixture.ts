import Papa from 'papaparse';
import { exportRegion } from '../../../scripts/catalogue-export.ts';
import { H } from '../../../scripts/lib/sheet/index.ts';
import { BOM } from '../../../src/catalogue/csv.ts';

/** A region exported as spreadsheet rows (header first), as a coordinator's program would read them. */
export function exportedRows(region: string, dataDir?: string): string[][] {
  const text = exportRegion(region, dataDir);
  if (text === null) throw new Error(`no region ${region}`);
  return Papa.parse<string[]>(text.slice(BOM.length), { delimiter: ';', skipEmptyLines: true }).data;
}

/** Rows back to a German-Excel file; `options` imitate other programs (commas, LF, every cell quoted). */
export function sheetText(
  rows: string[][],
  options: { delimiter?: ';' | ','; newline?: string; quotes?: boolean } = {},
): string {
  const { delimiter = ';', newline = '\r\n', quotes = false } = options;
  return `${BOM}${Papa.unparse(rows, { delimiter, newline, quotes })}${newline}`;
}

/** Sets one cell, addressed by the offer's id and the column heading; returns the spreadsheet row number. */
export function setCell(rows: string[][], id: string, heading: string, value: string): number {
  const [header = []] = rows;
  const column = header.indexOf(heading);
  const index = rows.findIndex((r) => r[header.indexOf(H.id)] === id);
  const row = rows[index];
  if (column < 0 || !row) throw new Error(`no cell ${id} / ${heading}`);
  row[column] = value;
  return index + 1;
}

/** The value of one cell. */
export function cellOf(rows: string[][], id: string, heading: string): string {
  const [header = []] = rows;
  return rows.find((r) => r[header.indexOf(H.id)] === id)?.[header.indexOf(heading)] ?? '';
}
