import Papa from 'papaparse';
import { BOM } from '../../../src/catalogue/csv.ts';
import { HEADINGS } from './headings.ts';

/** One data row with the spreadsheet row number a coordinator sees (the header is row 1). */
export interface SheetRow {
  row: number;
  cells: Map<string, string>;
}

/** The rows of a sheet, or the reasons it cannot be read at all; notes do not stop the import. */
export interface ParsedSheet {
  rows: SheetRow[];
  errors: string[];
  notes: string[];
}

/**
 * Semicolons unless the header row has none and has commas: Excel outside the German locale saves
 * "CSV (comma-separated)" with commas, and such a file is just as good.
 */
function separatorOf(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return !header.includes(';') && header.includes(',') ? ',' : ';';
}

function headerErrors(header: string[]): string[] {
  const known = new Set<string>(HEADINGS);
  const given = new Set(header);
  const missing = HEADINGS.filter((h) => !given.has(h)).map((h) => `column "${h}" is missing`);
  const unknown = header
    .filter((h) => !known.has(h))
    .map((h) => `unknown column "${h}" (a typo? the columns are those of catalogue:export)`);
  const twice = header.filter((h, i) => header.indexOf(h) !== i).map((h) => `column "${h}" appears twice`);
  return [...missing, ...unknown, ...twice];
}

/** The rows of a table (header first), from a CSV or a workbook; `errors` and `notes` come from reading it. */
export function parseTable(table: string[][], errors: string[] = [], notes: string[] = []): ParsedSheet {
  const [header = [], ...body] = table;
  errors.push(...headerErrors(header));
  const rows: SheetRow[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return; // an empty line, e.g. after the last row
    if (cells.length !== header.length) {
      errors.push(`row ${row}: has ${cells.length} cells, the header has ${header.length}`);
      return;
    }
    rows.push({ row, cells: new Map(header.map((h, j) => [h, cells[j] ?? ''])) });
  });
  return { rows, errors, notes };
}

/**
 * Reads a coordinators' spreadsheet saved as CSV: with or without BOM, CRLF or LF, Excel's quoting and cells with
 * line breaks are all fine.
 */
export function parseSheet(input: string): ParsedSheet {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  const separator = separatorOf(text);
  const notes =
    separator === ',' ? ['read with commas as the separator (Excel outside the German locale)'] : [];
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const errors = parsed.errors.map((e) => `row ${(e.row ?? 0) + 1}: ${e.message}`);
  return parseTable(parsed.data, errors, notes);
}
