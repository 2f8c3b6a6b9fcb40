import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { main as exportMain, exportRegionWorkbook } from '../../../scripts/catalogue-export.ts';
import { main as importMain } from '../../../scripts/catalogue-import.ts';
import { readReference } from '../../../scripts/lib/read-data.ts';
import { H, HEADINGS, importSheet, readSheetFile } from '../../../scripts/lib/sheet/index.ts';
import { cellText } from '../../../scripts/lib/sheet/read-file.ts';
import { catalogueFile, copyData, REAL_DATA, removeCopies, TODAY } from './catalogue-fixture.ts';

afterEach(removeCopies);

const REGIONS = fs
  .readdirSync(path.join(REAL_DATA, 'catalogue'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

async function workbookOf(region: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await exportRegionWorkbook(region)) as unknown as ArrayBuffer);
  return book;
}

type Validation = { type: string; formulae: string[]; showErrorMessage?: boolean };
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model;

describe('catalogue:export writes an Excel workbook', { timeout: 60_000 }, () => {
  it('types every cell as text, with German headings, a frozen header row and column widths', async () => {
    const book = await workbookOf('coburg-stadt');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Angebote', 'Erklärung']);
    const sheet = book.getWorksheet('Angebote');
    if (!sheet) throw new Error('no offers sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADINGS);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(HEADINGS.indexOf(H.description) + 1).width).toBe(60);
    const types = new Set<string>();
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        types.add(`${typeof cell.value}/${cell.numFmt}`);
      });
    });
    expect([...types]).toEqual(['string/@']);
    // The area codes keep their leading zero as text: the reason for the workbook.
    const areas = sheet.getColumn(HEADINGS.indexOf(H.areaCodes) + 1).values.slice(2);
    expect(areas.every((v) => typeof v === 'string' && v.startsWith('09'))).toBe(true);
    expect(sheet.getColumn(1).numFmt).toBe('@');
  });

  it('explains every column on a second sheet and lists the codes that drop-down lists offer', async () => {
    const book = await workbookOf('gummersbach');
    const notes = book.getWorksheet('Erklärung');
    const sheet = book.getWorksheet('Angebote');
    if (!notes || !sheet) throw new Error('missing sheet');
    const explained = notes.getColumn(1).values.slice(2);
    expect(explained).toEqual(HEADINGS);
    expect(
      notes
        .getColumn(2)
        .values.slice(2)
        .every((v) => typeof v === 'string' && v.length > 10),
    ).toBe(true);
    const listed = (heading: string) => {
      const column = notes.getRow(1).values as unknown[];
      return notes.getColumn(column.indexOf(heading)).values.slice(2);
    };
    const { taxonomy, regions } = readReference();
    expect(listed(H.topicCodes)).toEqual(taxonomy.topics.map((t) => t.id));
    expect(listed(H.areaCodes)).toEqual(regions.map((r) => r.code));
    const model = validations(sheet);
    const rule = (cell: string) => {
      const v = model[cell];
      return v ? `${v.type} ${v.formulae[0]} ${v.showErrorMessage ?? false}` : 'none';
    };
    for (const row of [2, 1000]) {
      expect(rule(`F${row}`)).toBe("list 'Erklärung'!$D$2:$D$19 true");
      expect(rule(`R${row}`)).toBe('list "ja,nein" true');
      expect(rule(`AH${row}`)).toBe('list "hoch,mittel,niedrig" true');
      // Several codes in one cell: the list helps, but does not refuse "a | b".
      expect(rule(`M${row}`)).toBe("list 'Erklärung'!$M$2:$M$22 false");
    }
    expect(rule('A2')).toBe('none');
  });

  it.each(REGIONS)('%s: workbook export then import reproduces the file byte for byte', async (region) => {
    const bytes = await exportRegionWorkbook(region);
    const source = await readSheetFile(`${region}.xlsx`, bytes ?? new Uint8Array());
    if ('error' in source) throw new Error(source.error);
    const result = importSheet({ name: `${region}.xlsx`, ...source, today: TODAY });
    expect(result.lines).toEqual([]);
    expect(result.text).toBe(fs.readFileSync(path.join(REAL_DATA, 'catalogue', `${region}.json`), 'utf8'));
  });

  it('reads what a program typed into cells as text: numbers, dates, rich text, errors, formula results', () => {
    expect(cellText(9463)).toBe('9463');
    expect(cellText(new Date(Date.UTC(2026, 10, 25)))).toBe('2026-11-25');
    expect(cellText({ richText: [{ text: 'Stadt ' }, { text: 'Coburg' }] })).toBe('Stadt Coburg');
    expect(cellText({ error: '#NAME?' } as ExcelJS.CellErrorValue)).toBe('#NAME?');
    expect(cellText({ formula: 'A1', result: 'x' } as ExcelJS.CellFormulaValue)).toBe('x');
    expect(cellText({ text: 'Seite', hyperlink: 'https://example.org' })).toBe('Seite');
    expect(cellText(null)).toBe('');
  });

  it('CLI: writes <region>.xlsx by default, imports it back, and refuses a file that is no workbook', async () => {
    const dir = copyData();
    const out = path.join(dir, 'kaufbeuren.xlsx');
    const printed: string[] = [];
    const print = (l: string) => printed.push(l);
    expect(await exportMain(['--region', 'kaufbeuren', '--out', out], print, dir)).toBe(0);
    expect(await importMain([out], TODAY, print, dir)).toBe(0);
    expect(printed.at(-1)).toMatch(/kaufbeuren\.json: unchanged/);
    expect(await exportMain(['--region', 'kaufbeuren', '--out', 'x.ods'], print, dir)).toBe(2);
    expect(await exportMain(['--region', 'kaufbeuren', '--out', 'no/such/x.xlsx'], print, dir, dir)).toBe(2);
    expect(printed.at(-1)).toBe('no/such/x.xlsx: the folder no/such does not exist');
    const broken = path.join(os.tmpdir(), `lotse-broken-${process.pid}.xlsx`);
    fs.writeFileSync(broken, 'not a zip');
    const before = fs.readFileSync(catalogueFile(dir, 'kaufbeuren'), 'utf8');
    expect(await importMain([broken, '--region', 'kaufbeuren'], TODAY, print, dir)).toBe(1);
    fs.rmSync(broken);
    expect(printed.slice(-2)).toEqual([
      `lotse-broken-${process.pid}.xlsx: cannot be read as an Excel workbook (.xlsx); save it again as "Excel-Arbeitsmappe (.xlsx)"`,
      `lotse-broken-${process.pid}.xlsx: not imported; nothing was changed`,
    ]);
    expect(fs.readFileSync(catalogueFile(dir, 'kaufbeuren'), 'utf8')).toBe(before);
    expect(await readSheetFile('kaufbeuren.ods', new Uint8Array())).toEqual({
      error: 'is neither an Excel workbook (.xlsx) nor a CSV file; save it as "Excel-Arbeitsmappe (.xlsx)"',
    });
  });
});
