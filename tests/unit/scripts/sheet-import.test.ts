import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/catalogue-import.ts';
import { H, importSheet } from '../../../scripts/lib/sheet/index.ts';
import { catalogueFile, copyData, removeCopies, TODAY } from './catalogue-fixture.ts';
import { cellOf, exportedRows, setCell, sheetText } from './sheet-fixture.ts';

afterEach(removeCopies);

const importRows = (rows: string[][], name = 'coburg-stadt.csv') =>
  importSheet({ name, csv: sheetText(rows), today: TODAY });

/** The first offer of coburg-stadt with a phone number, so that its phone cell can be broken. */
function withPhone(rows: string[][]): string {
  const id = rows.slice(1).find((r) => cellOf(rows, r[0] ?? '', H.phones) !== '')?.[0];
  if (!id) throw new Error('no offer with a phone');
  return id;
}

describe('catalogue:import refuses a broken sheet', { timeout: 60_000 }, () => {
  it('names the row and column of a cell that is not a phone number', () => {
    const rows = exportedRows('coburg-stadt');
    const row = setCell(rows, withPhone(rows), H.phones, 'call me');
    const result = importRows(rows);
    expect(result.ok).toBe(false);
    expect(result.text).toBeNull();
    expect(result.lines).toEqual([
      `coburg-stadt.csv: row ${row}, column Telefon: "call me" is not a phone number`,
    ]);
  });

  it('says that a cell holds a spreadsheet error (a text typed with "=" became a formula), once', () => {
    const rows = exportedRows('coburg-stadt');
    const row = setCell(rows, withPhone(rows), H.phones, 'Err:509');
    expect(importRows(rows).lines).toEqual([
      `coburg-stadt.csv: row ${row}, column Telefon: holds the spreadsheet error "Err:509", not a value: the text was typed starting with "=" and taken as a formula; type it again with an apostrophe ' in front`,
    ]);
    const name = setCell(rows, rows[3]?.[0] ?? '', H.name, '#NAME?');
    expect(importRows(rows).lines).toContain(
      `coburg-stadt.csv: row ${name}, column Name: holds the spreadsheet error "#NAME?", not a value: the text was typed starting with "=" and taken as a formula; type it again with an apostrophe ' in front`,
    );
  });

  it.each(['#WERT!', '#NV', '#BEZUG!', '#ZAHL!', '#DIV/0!'])('knows the German Excel error %s', (error) => {
    const rows = exportedRows('coburg-stadt');
    const row = setCell(rows, rows[2]?.[0] ?? '', H.description, error);
    expect(importRows(rows).lines).toEqual([
      `coburg-stadt.csv: row ${row}, column Beschreibung: holds the spreadsheet error "${error}", not a value: the text was typed starting with "=" and taken as a formula; type it again with an apostrophe ' in front`,
    ]);
  });

  it("reports catalogue:check's findings at their row and column", () => {
    const rows = exportedRows('coburg-stadt');
    const id = rows[3]?.[0] ?? '';
    setCell(rows, id, H.url, 'http://example.org');
    const lines = importRows(rows).lines;
    expect(lines).toContain('coburg-stadt.csv: row 4, column Website: URL must use https');
  });

  it('refuses a label edited without its code, so that the edit is not lost', () => {
    const rows = exportedRows('coburg-stadt');
    const id = rows[2]?.[0] ?? '';
    setCell(rows, id, H.topics, `${cellOf(rows, id, H.topics)} | Schlafen`);
    const [line] = importRows(rows).lines;
    expect(line).toMatch(
      /^coburg-stadt\.csv: row 3, column Themen: ".*Schlafen" does not match column Themen \(Codes\)/,
    );
  });

  it('refuses a missing and an unknown column by name', () => {
    const rows = exportedRows('coburg-land');
    const column = rows[0]?.indexOf(H.email) ?? -1;
    for (const r of rows) r.splice(column, 1);
    const header = rows[0] ?? [];
    header[header.indexOf(H.url)] = 'Webseite';
    const { ok, lines } = importRows(rows, 'coburg-land.csv');
    expect(ok).toBe(false);
    expect(lines).toEqual([
      'coburg-land.csv: column "E-Mail" is missing',
      'coburg-land.csv: column "Website" is missing',
      'coburg-land.csv: unknown column "Webseite" (a typo? the columns are those of catalogue:export)',
    ]);
  });

  it('refuses a sheet without rows and says which offers a shorter sheet removes', () => {
    const rows = exportedRows('coburg-land');
    expect(importRows(rows.slice(0, 1), 'coburg-land.csv').lines).toEqual([
      'coburg-land.csv: has no offer rows (an empty sheet would delete the whole region)',
    ]);
    const dropped = rows.splice(2, 1)[0]?.[0];
    const result = importRows(rows, 'coburg-land.csv');
    expect(result.ok).toBe(true);
    expect(result.lines).toEqual([`coburg-land.csv: note: offer "${dropped}" has no row and is removed`]);
  });

  it('refuses a file whose name is no region unless --region says which', () => {
    const csv = sheetText(exportedRows('kaufbeuren'));
    expect(importSheet({ name: 'Tabelle1.csv', csv, today: TODAY }).lines[0]).toMatch(
      /^Tabelle1\.csv: no region "Tabelle1"; name the file <region>\.xlsx \(or \.csv\) or pass --region/,
    );
    expect(importSheet({ name: 'Tabelle1.csv', csv, region: 'kaufbeuren', today: TODAY }).ok).toBe(true);
  });

  it('CLI: exit 1 and the data file byte-identical on an error; exit 0 and the edit written when valid', async () => {
    const dir = copyData();
    const target = catalogueFile(dir, 'coburg-stadt');
    const before = fs.readFileSync(target, 'utf8');
    const sheet = path.join(dir, 'coburg-stadt.csv');
    const printed: string[] = [];
    const broken = exportedRows('coburg-stadt', dir);
    setCell(broken, withPhone(broken), H.phones, 'call me');
    fs.writeFileSync(sheet, sheetText(broken));
    expect(await main([sheet], TODAY, (l) => printed.push(l), dir)).toBe(1);
    expect(fs.readFileSync(target, 'utf8')).toBe(before);
    expect(printed.at(-1)).toBe('coburg-stadt.csv: not imported; nothing was changed');
    const edited = exportedRows('coburg-stadt', dir);
    setCell(edited, edited[1]?.[0] ?? '', H.description, 'Geänderte Beschreibung.');
    fs.writeFileSync(sheet, sheetText(edited));
    expect(await main([sheet], TODAY, (l) => printed.push(l), dir)).toBe(0);
    expect(fs.readFileSync(target, 'utf8')).toContain('"description": "Geänderte Beschreibung."');
  });
});
