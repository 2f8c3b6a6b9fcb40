/**
 * CSV writing shared by the build (open data), the coordinators' spreadsheet scripts and the network screen's
 * downloads. RFC 4180 quoting; the separator is the caller's: `,` for open data, `;` for a German-locale Excel,
 * which reads a semicolon file in columns and a comma file as one column.
 */

/** Byte order mark: lets Excel open the UTF-8 file with its umlauts intact. */
export const BOM = '\uFEFF';
/** RFC 4180 line ending. */
export const CRLF = '\r\n';

export type Cell = string | number | boolean | null | undefined;
export type Separator = ',' | ';';

/** A number, or several joined with `|`: such cells are data, never formulas, and are not guarded. */
const NUMERIC = /^-?\d+(\.\d+)?(\|-?\d+(\.\d+)?)*$/;
/**
 * Leading characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. Apostrophes
 * before them count too: guarding "'=x" as "''=x" is what lets an import undo the guard exactly.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Formula-injection guard: a text cell starting with = + - @ TAB or CR (after any apostrophes) gets a leading apostrophe. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) && !NUMERIC.test(text) ? `'${text}` : text;
}

/** Undoes exactly what guardFormula added: the apostrophe goes only where the guard would have put it. */
export function unguardFormula(text: string): string {
  const inner = text.slice(1);
  return text.startsWith("'") && guardFormula(inner) === text ? inner : text;
}

/** One RFC 4180 field: guarded, then quoted when it holds a comma, semicolon, quote, CR or LF. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = guardFormula(String(value));
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line without its line ending. */
export function csvRow(cells: Cell[], separator: Separator = ','): string {
  return cells.map(csvField).join(separator);
}

/** A whole file: BOM, then each row, CRLF after every row (what Excel writes and reads). */
export function csvFile(rows: Cell[][], separator: Separator = ','): string {
  return `${BOM}${rows.map((r) => csvRow(r, separator)).join(CRLF)}${CRLF}`;
}
