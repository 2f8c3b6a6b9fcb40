import { numberOfDisplay, phoneNumberProblem } from '../check/phones.ts';
import { H, type Heading, LIST_SEPARATOR } from './headings.ts';
import type { SheetRow } from './parse-sheet.ts';

/** A cell the import changed back to what the coordinator typed, said as a note at its row and column. */
export interface Restored {
  row: number;
  heading: Heading;
  message: string;
}

/** The codes a column may hold: service-area codes (AGS) and the postal codes of data/places.json. */
export interface KnownCodes {
  areaCodes: readonly string[];
  postalCodes: readonly string[];
}

/**
 * A spreadsheet program that reads a cell as a number drops its leading zeros (09463 -> 9463, 05374012 ->
 * 5374012). The code comes back when exactly one known code is those digits after zeros; otherwise the cell
 * stays as it is and catalogue:check says what is wrong with it.
 */
function restoreCode(item: string, known: readonly string[]): string {
  if (!/^[1-9]\d*$/.test(item)) return item;
  const matches = known.filter((code) => /^0+[1-9]\d*$/.test(code) && code.replace(/^0+/, '') === item);
  return matches.length === 1 ? (matches[0] ?? item) : item;
}

/**
 * A phone number typed without spaces (09561892525) is a number to the program, which drops the 0. A German
 * display starts with 0 or +, so digits alone that dial a valid number with a 0 in front get it back.
 */
function restorePhone(item: string): string {
  if (!/^[1-9]\d{5,}$/.test(item) || /^116\d{3}$/.test(item)) return item;
  const number = numberOfDisplay(`0${item}`);
  return number !== null && phoneNumberProblem(number) === null ? `0${item}` : item;
}

/** Restores each item of one list cell; the cell is rewritten only when an item changed. */
function restoreCell(row: SheetRow, heading: Heading, restore: (item: string) => string): Restored[] {
  const text = row.cells.get(heading) ?? '';
  const items = text.trim() === '' ? [] : text.trim().split(/\s*\|\s*/);
  const fixed = items.map(restore);
  const changed = items.flatMap((item, i) => (fixed[i] === item ? [] : [`"${item}" read as "${fixed[i]}"`]));
  if (changed.length === 0) return [];
  row.cells.set(heading, fixed.join(LIST_SEPARATOR));
  const message = `note: ${changed.join(', ')} (the spreadsheet program dropped the leading zero)`;
  return [{ row: row.row, heading, message }];
}

/** Gives back the leading zeros a spreadsheet program dropped, in place; one note per restored cell. */
export function restoreLostZeros(rows: readonly SheetRow[], known: KnownCodes): Restored[] {
  return rows.flatMap((row) => [
    ...restoreCell(row, H.phones, restorePhone),
    ...restoreCell(row, H.postalCode, (item) => restoreCode(item, known.postalCodes)),
    ...restoreCell(row, H.areaCodes, (item) => restoreCode(item, known.areaCodes)),
  ]);
}
