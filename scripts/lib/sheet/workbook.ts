import ExcelJS from 'exceljs';
import type { OfferRecord } from '../../../src/catalogue/types.ts';
import { COLUMN_NOTES, COLUMN_WIDTHS } from './column-notes.ts';
import { areaTerms, offerCells, type SheetContext } from './export-sheet.ts';
import { CONFIDENCE_WORDS, H, HEADINGS, type Heading, NO, YES } from './headings.ts';

/** The sheet with the offers (what import reads) and the sheet that explains it. */
export const OFFERS_SHEET = 'Angebote';
export const NOTES_SHEET = 'Erklärung';
/** Validation and text format reach this far down, so that new rows are typed as text too. */
const LAST_ROW = 1000;
/** Excel's and Calc's number format "Text": what is typed stays as typed (09463 keeps its 0, =x is no formula). */
const TEXT = '@';

type Terms = readonly { id: string; label: string }[];
/** Columns that take codes: a list of allowed codes each; `one` when the cell holds exactly one. */
function codeLists(ctx: SheetContext): { heading: Heading; terms: Terms; one: boolean }[] {
  const tx = ctx.taxonomy;
  return [
    { heading: H.categoryCode, terms: tx.categories, one: true },
    { heading: H.stageCodes, terms: tx.stages, one: false },
    { heading: H.audienceCodes, terms: tx.audiences, one: false },
    { heading: H.topicCodes, terms: tx.topics, one: false },
    { heading: H.modeCodes, terms: tx.modes, one: false },
    { heading: H.languageCodes, terms: tx.languages, one: false },
    { heading: H.areaCodes, terms: areaTerms(ctx.regions), one: false },
  ];
}

/** Columns with a fixed set of words, checked by the spreadsheet program as they are typed. */
const WORDS: [Heading, string[]][] = [
  [H.free, [YES, NO]],
  [H.allDay, [YES, NO]],
  [H.sourceConfidence, Object.values(CONFIDENCE_WORDS)],
];

/** The column letter of a heading on the offers sheet (A for ID). */
const columnLetter = (sheet: ExcelJS.Worksheet, heading: Heading): string =>
  sheet.getColumn(HEADINGS.indexOf(heading) + 1).letter;

function offersSheet(book: ExcelJS.Workbook, offers: readonly OfferRecord[], ctx: SheetContext) {
  const sheet = book.addWorksheet(OFFERS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADINGS.map((h) => ({ key: h, width: COLUMN_WIDTHS[h] ?? 18, style: { numFmt: TEXT } }));
  const header = sheet.addRow([...HEADINGS]);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  for (const offer of offers) {
    const cells = offerCells(offer, ctx);
    sheet.addRow(HEADINGS.map((h) => cells[h] ?? ''));
  }
  sheet.eachRow((row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.numFmt = TEXT;
    });
  });
  sheet.autoFilter = { from: 'A1', to: `${sheet.getColumn(HEADINGS.length).letter}1` };
  return sheet;
}

/** The second sheet: one row per column (what it holds), and beside it the allowed codes with their labels. */
function notesSheet(book: ExcelJS.Workbook, ctx: SheetContext): Map<Heading, string> {
  const sheet = book.addWorksheet(NOTES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 80;
  sheet.getRow(1).values = ['Spalte', 'Was hineingehört'];
  for (const heading of HEADINGS) sheet.addRow([heading, COLUMN_NOTES[heading]]);
  const ranges = new Map<Heading, string>();
  codeLists(ctx).forEach(({ heading, terms }, i) => {
    const code = 4 + i * 3;
    sheet.getColumn(code).width = 24;
    sheet.getColumn(code + 1).width = 34;
    sheet.getCell(1, code).value = heading;
    sheet.getCell(1, code + 1).value = 'Bedeutung';
    terms.forEach((term, j) => {
      sheet.getCell(2 + j, code).value = term.id;
      sheet.getCell(2 + j, code + 1).value = term.label;
    });
    const letter = sheet.getColumn(code).letter;
    ranges.set(heading, `'${NOTES_SHEET}'!$${letter}$2:$${letter}$${1 + terms.length}`);
  });
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      cell.numFmt = TEXT;
    });
  });
  sheet.getRow(1).font = { bold: true };
  return ranges;
}

/** ExcelJS keeps validations by address or range here; its type declarations leave the property out. */
type Validations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/** Drop-down lists: strict for a one-code or one-word cell, a hint only where a cell takes several codes. */
function validate(sheet: ExcelJS.Worksheet, ctx: SheetContext, ranges: Map<Heading, string>): void {
  const range = (h: Heading) => `${columnLetter(sheet, h)}2:${columnLetter(sheet, h)}${LAST_ROW}`;
  const { dataValidations } = sheet as unknown as Validations;
  for (const { heading, one } of codeLists(ctx)) {
    dataValidations.add(range(heading), {
      type: 'list',
      allowBlank: true,
      formulae: [ranges.get(heading)],
      showErrorMessage: one,
      errorTitle: heading,
      error: `Bitte einen Code aus dem Blatt „${NOTES_SHEET}“ wählen.`,
      showInputMessage: !one,
      promptTitle: heading,
      prompt: `Mehrere Codes mit | trennen (Liste im Blatt „${NOTES_SHEET}“).`,
    });
  }
  for (const [heading, words] of WORDS) {
    dataValidations.add(range(heading), {
      type: 'list',
      allowBlank: true,
      formulae: [`"${words.join(',')}"`],
      showErrorMessage: true,
      errorTitle: heading,
      error: `Erlaubt: ${words.join(', ')}.`,
    });
  }
}

/**
 * A region's offers as an Excel workbook: the same columns and cells as the CSV, every cell typed as text, the
 * header row frozen, a second sheet that explains each column and lists the codes, drop-down lists for codes.
 */
export async function exportWorkbook(offers: readonly OfferRecord[], ctx: SheetContext): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lotse catalogue:export';
  const sheet = offersSheet(book, offers, ctx);
  validate(sheet, ctx, notesSheet(book, ctx));
  return Buffer.from(await book.xlsx.writeBuffer());
}
