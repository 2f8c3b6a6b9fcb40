/**
 * The coordinators' spreadsheet: a region as an Excel workbook (or CSV for a German Excel), and back with
 * catalogue:check's rules.
 */
export { exportSheet, offerCells, type SheetContext } from './export-sheet.ts';
export { H, HEADINGS, LIST_SEPARATOR } from './headings.ts';
export { type ImportOptions, type ImportResult, importSheet } from './import-sheet.ts';
export { parseSheet } from './parse-sheet.ts';
export { isWorkbook, NOT_UTF8, readSheetFile, type SheetSource } from './read-file.ts';
export { updateRegionText } from './update-region.ts';
export { exportWorkbook } from './workbook.ts';
