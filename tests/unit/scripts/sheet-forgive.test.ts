import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { H, importSheet, NOT_UTF8, readSheetFile } from '../../../scripts/lib/sheet/index.ts';
import { restoreLostZeros } from '../../../scripts/lib/sheet/lost-zeros.ts';
import type { SheetRow } from '../../../scripts/lib/sheet/parse-sheet.ts';
import { BOM } from '../../../src/catalogue/csv.ts';
import { REAL_DATA, TODAY } from './catalogue-fixture.ts';
import { cellOf, exportedRows, setCell, sheetText } from './sheet-fixture.ts';

const original = (region: string) =>
  fs.readFileSync(path.join(REAL_DATA, 'catalogue', `${region}.json`), 'utf8');
const importRows = (rows: string[][], region: string, csv = sheetText(rows)) =>
  importSheet({ name: `${region}.csv`, csv, today: TODAY });
const lost = (code: string) => code.replace(/^0+/, '');

describe('the CSV way forgives what spreadsheet programs do', { timeout: 60_000 }, () => {
  it('gives back the leading zeros of service-area codes, one note per cell, and changes nothing', () => {
    const rows = exportedRows('gummersbach');
    const id = rows[1]?.[0] ?? '';
    const row = setCell(rows, id, H.areaCodes, lost(cellOf(rows, id, H.areaCodes)));
    const [first, second] = [rows[2]?.[0] ?? '', rows[3]?.[0] ?? ''];
    setCell(rows, first, H.areaCodes, cellOf(rows, first, H.areaCodes).split(' | ').map(lost).join('|'));
    const result = importRows(rows, 'gummersbach');
    expect(result.ok).toBe(true);
    expect(result.lines).toEqual([
      `gummersbach.csv: row ${row}, column Gebiete (Codes): note: "5374012" read as "05374012" (the spreadsheet program dropped the leading zero)`,
      `gummersbach.csv: row 3, column Gebiete (Codes): note: "5374012" read as "05374012" (the spreadsheet program dropped the leading zero)`,
    ]);
    expect(result.text).toBe(original('gummersbach'));
    expect(cellOf(rows, second, H.areaCodes)).toBe('05374012');
  });

  it('gives back a postal code only when exactly one known code matches', () => {
    const row = (cells: [string, string][]): SheetRow => ({ row: 4, cells: new Map(cells) });
    const known = { areaCodes: ['09463', '009463', '09473'], postalCodes: ['01067', '96450'] };
    const rows = [
      row([
        [H.postalCode, '1067 | 96450'],
        [H.areaCodes, '9463 | 9473'],
      ]),
    ];
    expect(restoreLostZeros(rows, known)).toEqual([
      {
        row: 4,
        heading: H.postalCode,
        message: 'note: "1067" read as "01067" (the spreadsheet program dropped the leading zero)',
      },
      {
        row: 4,
        heading: H.areaCodes,
        message: 'note: "9473" read as "09473" (the spreadsheet program dropped the leading zero)',
      },
    ]);
    // 9463 could be 09463 or 009463: left as it is, and catalogue:check names the unknown code.
    expect(rows[0]?.cells.get(H.areaCodes)).toBe('9463 | 09473');
    expect(rows[0]?.cells.get(H.postalCode)).toBe('01067 | 96450');
  });

  it('gives back the 0 of a phone number typed without spaces, and leaves other digits alone', () => {
    const rows = exportedRows('coburg-stadt');
    const id = 'frauenhaus-coburg';
    expect(cellOf(rows, id, H.phones)).toBe('09561 861796');
    const row = setCell(rows, id, H.phones, '9561861796');
    const result = importRows(rows, 'coburg-stadt');
    expect(result.ok).toBe(true);
    expect(result.lines).toEqual([
      `coburg-stadt.csv: row ${row}, column Telefon: note: "9561861796" read as "09561861796" (the spreadsheet program dropped the leading zero)`,
    ]);
    expect(result.text).toContain('"display": "09561861796"');
    const keep = (phone: string) => {
      const cells = new Map([[H.phones, phone]]);
      restoreLostZeros([{ row: 2, cells }], { areaCodes: [], postalCodes: [] });
      return cells.get(H.phones);
    };
    expect(keep('116117')).toBe('116117');
    expect(keep('110')).toBe('110');
    expect(keep('+49 9561 861796')).toBe('+49 9561 861796');
    expect(keep('12')).toBe('12');
  });

  it('refuses a file that is not UTF-8 in one line that says how to save it', async () => {
    const text = sheetText(exportedRows('coburg-land')).slice(BOM.length);
    // What Excel's "CSV (Trennzeichen-getrennt)" writes: Windows-1252, where ä is the one byte E4.
    const bytes = Buffer.from(text.replace(/[\u0100-\uffff]/g, '?'), 'latin1');
    expect(await readSheetFile('coburg-land.csv', bytes)).toEqual({ error: NOT_UTF8 });
    expect(NOT_UTF8).toMatch(/^is not saved as UTF-8 .*CSV UTF-8 \(durch Trennzeichen getrennt\)/);
  });

  it('reads the file alike with or without BOM, with CRLF or LF', async () => {
    const rows = exportedRows('kaufbeuren');
    for (const newline of ['\r\n', '\n']) {
      for (const bom of [true, false]) {
        const text = sheetText(rows, { newline }).slice(bom ? 0 : BOM.length);
        const source = await readSheetFile('kaufbeuren.csv', Buffer.from(text, 'utf8'));
        if ('error' in source) throw new Error(source.error);
        const result = importSheet({ name: 'kaufbeuren.csv', ...source, today: TODAY });
        expect(result.lines).toEqual([]);
        expect(result.text).toBe(original('kaufbeuren'));
      }
    }
  });
});
