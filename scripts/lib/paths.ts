import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute paths of the project's data and output folders, independent of the working directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA = path.join(ROOT, 'data');
export const CATALOGUE_DIR = path.join(DATA, 'catalogue');
export const PUBLIC = path.join(ROOT, 'public');

/** A path relative to the project root, as messages print it. */
export function rel(file: string): string {
  return path.relative(ROOT, path.resolve(file)).split(path.sep).join('/');
}
