import { unguardFormula } from '../../../src/catalogue/csv.ts';
import { type Heading, NO, YES } from './headings.ts';

/** A problem in one cell (or, without heading, in the whole row). */
export interface CellError {
  heading?: string;
  message: string;
}

/**
 * What a spreadsheet program writes in place of a formula it could not compute: a cell typed starting with "=" (or
 * "+", "-", "@") became a formula, and saving kept only its error (LibreOffice "Err:509", Excel "#NAME?"; a German
 * Excel says "#WERT!", "#NV", "#BEZUG!", "#ZAHL!", "#NULL!", and "#NAME?" and "#DIV/0!" as the English one).
 */
const SPREADSHEET_ERROR =
  /^(Err:\d{3}|#(NAME\?|REF!|VALUE!|DIV\/0!|N\/A|NULL!|NUM!|WERT!|NV|BEZUG!|ZAHL!|ÜBERLAUF!|KALK!))$/;

/** Reads the cells of one spreadsheet row by heading and collects what cannot be read. */
export class RowReader {
  readonly errors: CellError[] = [];
  constructor(private readonly cells: ReadonlyMap<string, string>) {}

  /** Columns whose cell holds a spreadsheet error instead of a value, each reported once; the rest are read. */
  spreadsheetErrors(): Set<string> {
    const broken = new Set<string>();
    for (const [heading, value] of this.cells) {
      if (!SPREADSHEET_ERROR.test(value.trim())) continue;
      broken.add(heading);
      const message = `holds the spreadsheet error "${value.trim()}", not a value: the text was typed starting with "=" and taken as a formula; type it again with an apostrophe ' in front`;
      this.errors.push({ heading, message });
    }
    return broken;
  }

  /** The cell as the coordinator typed it, with the formula guard of the export undone. */
  text(heading: Heading): string {
    return unguardFormula(this.cells.get(heading) ?? '');
  }

  /** An empty cell is null. */
  optional(heading: Heading): string | null {
    const value = this.text(heading);
    return value === '' ? null : value;
  }

  /** Items separated by "|" (spaces around it do not count); an empty cell is an empty list. */
  list(heading: Heading): string[] {
    const value = this.text(heading).trim();
    return value === '' ? [] : value.split(/\s*\|\s*/);
  }

  /** One item per phone or location: an empty cell gives `count` empty items. */
  positional(heading: Heading, count: number, what: string): string[] {
    const items = this.list(heading);
    if (items.length === 0) return new Array<string>(count).fill('');
    if (items.length !== count) {
      this.fail(
        heading,
        `has ${items.length} entries, but there are ${count} ${what} (one entry each, in order)`,
      );
    }
    return items;
  }

  /** ja / nein, or (when allowed) empty for "not known". */
  yesNo(heading: Heading, allowEmpty: boolean): boolean | null {
    return this.yesNoItem(heading, this.text(heading), allowEmpty);
  }

  /** One ja / nein value of the cell (or of one item of a list cell). */
  yesNoItem(heading: Heading, text: string, allowEmpty = true): boolean | null {
    const value = text.trim().toLowerCase();
    if (value === YES) return true;
    if (value === NO) return false;
    if (value === '' && allowEmpty) return null;
    this.fail(heading, `"${text}" is not "${YES}" or "${NO}"${allowEmpty ? ' (or empty)' : ''}`);
    return null;
  }

  /** A JSON cell; empty is undefined. */
  json(heading: Heading): unknown {
    const value = this.text(heading).trim();
    if (value === '') return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      this.fail(heading, 'is not valid JSON (copy it from an exported file and change only the values)');
      return undefined;
    }
  }

  fail(heading: Heading | undefined, message: string): void {
    this.errors.push(heading ? { heading, message } : { message });
  }
}
