import ExcelJS from 'exceljs';
import { OFFERS_SHEET } from './workbook.ts';

/** A coordinators' file as import takes it: CSV text, or a workbook's table, or why it cannot be read. */
export type SheetSource = { csv: string } | { table: string[][] } | { error: string };

/** Whether a file name is an Excel workbook (else it is read as CSV). */
export const isWorkbook = (name: string): boolean => /\.xlsx$/i.test(name);

/**
 * Only UTF-8 is read. A file in another encoding is refused in one line, not read as Windows-1252: Excel's plain
 * "CSV (Trennzeichen-getrennt)" writes Windows-1252 and replaces every character it lacks (ğ, ş, Arabic …) with
 * "?", so reading it would import that damage with only a note to show for it.
 */
export const NOT_UTF8 =
  'is not saved as UTF-8 (Excel\'s "CSV (Trennzeichen-getrennt)" is Windows-1252): save it as "CSV UTF-8 (durch Trennzeichen getrennt)", or in LibreOffice as "Text CSV" with the character set "Unicode (UTF-8)", or use the .xlsx that catalogue:export writes';

function decodeCsv(bytes: Uint8Array): SheetSource {
  try {
    return { csv: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: NOT_UTF8 };
  }
}

/** An ISO date for a cell the program turned into a date (ExcelJS gives dates at midnight UTC). */
const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** What a cell says, as text: a number or date the program made of a typed text comes back as text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

/** The offers sheet as rows of text, each as wide as the header; a value right of the last heading is an error. */
async function readWorkbook(bytes: Uint8Array): Promise<SheetSource> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return {
      error: 'cannot be read as an Excel workbook (.xlsx); save it again as "Excel-Arbeitsmappe (.xlsx)"',
    };
  }
  const sheet = book.getWorksheet(OFFERS_SHEET) ?? book.worksheets[0];
  if (!sheet) return { error: 'has no sheets' };
  const header = sheet.getRow(1);
  let width = header.cellCount;
  while (width > 0 && cellText(header.getCell(width).value).trim() === '') width--;
  const last = cellText(header.getCell(width).value);
  const table: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = Array.from({ length: row.cellCount }, (_, c) => cellText(row.getCell(c + 1).value));
    if (cells.slice(width).some((c) => c.trim() !== '')) {
      return { error: `row ${r}: has a value right of the last column "${last}"` };
    }
    table.push(Array.from({ length: width }, (_, c) => cells[c] ?? ''));
  }
  return { table };
}

/** A coordinators' file as import reads it: an .xlsx through ExcelJS, a .csv (or .txt) as UTF-8 CSV. */
export async function readSheetFile(name: string, bytes: Uint8Array): Promise<SheetSource> {
  if (isWorkbook(name)) return readWorkbook(bytes);
  if (/\.(csv|txt)$/i.test(name)) return decodeCsv(bytes);
  return {
    error: 'is neither an Excel workbook (.xlsx) nor a CSV file; save it as "Excel-Arbeitsmappe (.xlsx)"',
  };
}
