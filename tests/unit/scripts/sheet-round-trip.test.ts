import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRegion } from '../../../scripts/catalogue-export.ts';
import { H, HEADINGS, importSheet } from '../../../scripts/lib/sheet/index.ts';
import { BOM, guardFormula, unguardFormula } from '../../../src/catalogue/csv.ts';
import type { OfferRecord } from '../../../src/catalogue/types.ts';
import { REAL_DATA, TODAY } from './catalogue-fixture.ts';
import { exportedRows, setCell, sheetText } from './sheet-fixture.ts';

const REGIONS = fs
  .readdirSync(path.join(REAL_DATA, 'catalogue'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const original = (region: string) =>
  fs.readFileSync(path.join(REAL_DATA, 'catalogue', `${region}.json`), 'utf8');
const offersOf = (text: string) => (JSON.parse(text) as { offers: OfferRecord[] }).offers;

describe('spreadsheet round trip', { timeout: 60_000 }, () => {
  it('covers every region file, wide-area included', () => {
    expect(REGIONS).toEqual(expect.arrayContaining(['coburg-stadt', 'wide-area']));
    expect(REGIONS).toHaveLength(6);
  });

  it.each(REGIONS)('%s: export then import reproduces the file byte for byte', (region) => {
    const csv = exportRegion(region);
    expect(csv?.startsWith(BOM)).toBe(true);
    const rows = exportedRows(region);
    expect(rows[0]).toEqual(HEADINGS);
    expect(rows.slice(1).map((r) => r[0])).toEqual(offersOf(original(region)).map((o) => o.id));
    const result = importSheet({ name: `${region}.csv`, csv: csv ?? '', today: TODAY });
    expect(result.lines).toEqual([]);
    expect(result.text).toBe(original(region));
  });

  it('reads the sheet back as Excel outside Germany saves it: commas, LF, every cell quoted', () => {
    const csv = sheetText(exportedRows('gummersbach'), { delimiter: ',', newline: '\n', quotes: true });
    const result = importSheet({ name: 'gummersbach.csv', csv, today: TODAY });
    expect(result.ok).toBe(true);
    expect(result.lines).toEqual([
      'gummersbach.csv: note: read with commas as the separator (Excel outside the German locale)',
    ]);
    expect(result.text).toBe(original('gummersbach'));
  });

  it('changes only the edited field, and moves a row where the sheet puts it', () => {
    const rows = exportedRows('kaufbeuren');
    const [first, second] = offersOf(original('kaufbeuren'));
    setCell(rows, second?.id ?? '', H.description, 'Neue Beschreibung.');
    rows.splice(1, 0, ...rows.splice(rows.length - 1, 1));
    const result = importSheet({ name: 'kaufbeuren.csv', csv: sheetText(rows), today: TODAY });
    expect(result.lines).toEqual([]);
    const after = offersOf(result.text ?? '');
    const before = offersOf(original('kaufbeuren'));
    expect(after.map((o) => o.id)).toEqual([before.at(-1)?.id, ...before.slice(0, -1).map((o) => o.id)]);
    expect(after[2]).toEqual({ ...second, description: 'Neue Beschreibung.' });
    expect(after[1]).toEqual(first);
    expect(result.text?.split('\n').filter((l) => l.includes('Neue Beschreibung.'))).toHaveLength(1);
  });

  it('undoes exactly what the formula guard added', () => {
    fc.assert(fc.property(fc.string(), (s) => unguardFormula(guardFormula(s)) === s));
    expect(unguardFormula(guardFormula("'=x"))).toBe("'=x");
    expect(unguardFormula("'Hallo")).toBe("'Hallo");
  });
});
