/** Open-data export of the catalogue: HSDS 3.0 services (JSON) and a spreadsheet-friendly CSV. */
export { BOM, CSV_COLUMNS, CSV_HEADER, csvField, guardFormula, toOffersCsv } from './csv.ts';
export { isoToday, statusOf, toHsdsService, toHsdsServices } from './hsds.ts';
export { hsdsKeyProblems, hsdsTables } from './integrity.ts';
export { createdAt, dataPackage, LICENCE_TEXT } from './licence.ts';
export type * from './types.ts';
export { hsdsId, LOTSE_NAMESPACE, uuidV5 } from './uuid.ts';
export { OPEN_DATA_README, writeOpenData } from './write.ts';
