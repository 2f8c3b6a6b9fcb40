import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayPath } from '../check/display.ts';
import { checkCatalogue, formatProblem, type Problem } from '../check/index.ts';
import type { Place } from '../check/types.ts';
import { DATA } from '../paths.ts';
import { catalogueFiles, readDataJson, readReference } from '../read-data.ts';
import { RowReader } from './cells.ts';
import { type KnownCodes, restoreLostZeros } from './lost-zeros.ts';
import { parseSheet, parseTable, type SheetRow } from './parse-sheet.ts';
import { locatePointer } from './pointer-column.ts';
import { readRow } from './read-row.ts';
import { updateRegionText } from './update-region.ts';

/** What an import found; `text` is the new region file, set only when every row and the whole catalogue pass. */
export interface ImportResult {
  ok: boolean;
  lines: string[];
  target: string | null;
  text: string | null;
}

export interface ImportOptions {
  /** The spreadsheet's file name, as messages show it. */
  name: string;
  /** The sheet as CSV text, or (from a workbook) as rows of cells, header first. */
  csv?: string;
  table?: string[][];
  /** The region file to replace; by default the spreadsheet's name (coburg-stadt.csv -> coburg-stadt). */
  region?: string;
  today: string;
  dataDir?: string;
}

const where = (name: string, row: number, heading?: string) =>
  `${name}: row ${row}${heading ? `, column ${heading}` : ''}: `;

function targetFile(name: string, region: string | undefined, dataDir: string): string | string[] {
  const id = region ?? path.basename(name).replace(/\.(csv|txt|xlsx)$/i, '');
  const file = catalogueFiles(dataDir).find((f) => path.basename(f, '.json') === id);
  if (file) return file;
  const ids = catalogueFiles(dataDir).map((f) => path.basename(f, '.json'));
  return [
    `${name}: no region "${id}"; name the file <region>.xlsx (or .csv) or pass --region (one of ${ids.join(', ')})`,
  ];
}

function readRows(name: string, rows: SheetRow[], dataDir: string) {
  const ctx = readReference(dataDir);
  const lines: string[] = [];
  const cells = new Set<string>();
  const records = rows.map((row) => {
    const reader = new RowReader(row.cells);
    const broken = reader.spreadsheetErrors();
    const record = readRow(reader, ctx);
    // A cell that holds a spreadsheet error is said once, as that: what reading it found besides would mislead.
    const said = reader.errors.filter((e, i) => !e.heading || !broken.has(e.heading) || i < broken.size);
    for (const e of said) {
      cells.add(where(name, row.row, e.heading));
      lines.push(where(name, row.row, e.heading) + e.message);
    }
    return record;
  });
  return { records, lines, cells };
}

/** catalogue:check on the candidate beside the other region files, without touching the real file. */
function checkCandidate(target: string, text: string, today: string, dataDir: string): Problem[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-import-'));
  try {
    const candidate = path.join(dir, path.basename(target));
    fs.writeFileSync(candidate, text, 'utf8');
    const others = catalogueFiles(dataDir).filter((f) => f !== target);
    const problems = checkCatalogue({ files: [...others, candidate], today, dataDir }).problems;
    const shown = displayPath(candidate);
    return problems.map((p) => (p.file === shown ? { ...p, file: displayPath(target) } : p));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A check problem in the candidate as `<sheet>: row N, column X: `; one in another file as the check prints it. */
function problemLine(p: Problem, name: string, target: string, rows: SheetRow[]): [string, string] {
  const at = p.file === displayPath(target) ? locatePointer(p.pointer) : null;
  const row = at ? rows[at.index]?.row : undefined;
  return at && row !== undefined ? [where(name, row, at.heading), p.message] : ['', formatProblem(p)];
}

/** Ids of the region file that the sheet no longer has: said aloud, so that a lost row is noticed. */
function removedOffers(before: string, records: readonly { id: string }[]): string[] {
  const kept = new Set(records.map((r) => r.id));
  const { offers } = JSON.parse(before) as { offers: { id: string }[] };
  return offers.map((o) => o.id).filter((id) => !kept.has(id));
}

/** The codes whose lost leading zeros can be given back: every region's code and every place's postal codes. */
function knownCodes(dataDir: string): KnownCodes {
  const { places } = readDataJson<{ places: Place[] }>('places.json', dataDir);
  return {
    areaCodes: readReference(dataDir).regions.map((r) => r.code),
    postalCodes: [...new Set(places.flatMap((p) => p.postal_codes))],
  };
}

/** Reads a coordinators' spreadsheet and validates it with catalogue:check; writes nothing. */
export function importSheet(options: ImportOptions): ImportResult {
  const { name, today, dataDir = DATA } = options;
  const fail = (lines: string[]): ImportResult => ({ ok: false, lines, target: null, text: null });
  const target = targetFile(name, options.region, dataDir);
  if (Array.isArray(target)) return fail(target);
  const sheet = options.table ? parseTable(options.table) : parseSheet(options.csv ?? '');
  const notes = sheet.notes.map((n) => `${name}: note: ${n}`);
  if (sheet.rows.length === 0)
    sheet.errors.push('has no offer rows (an empty sheet would delete the whole region)');
  if (sheet.errors.length > 0) return fail([...notes, ...sheet.errors.map((e) => `${name}: ${e}`)]);
  for (const r of restoreLostZeros(sheet.rows, knownCodes(dataDir)))
    notes.push(where(name, r.row, r.heading) + r.message);
  const { records, lines, cells } = readRows(name, sheet.rows, dataDir);
  const before = fs.readFileSync(target, 'utf8');
  const text = updateRegionText(before, records);
  notes.push(
    ...removedOffers(before, records).map((id) => `${name}: note: offer "${id}" has no row and is removed`),
  );
  // Every row is checked even when some cells could not be read; a cell already reported is not repeated.
  const checked = checkCandidate(target, text, today, dataDir)
    .filter((p) => p.severity === 'error')
    .map((p) => problemLine(p, name, target, sheet.rows))
    .filter(([at]) => !cells.has(at))
    .map(([at, message]) => at + message);
  const errors = [...lines, ...checked];
  return errors.length > 0 ? fail([...notes, ...errors]) : { ok: true, lines: notes, target, text };
}
