import path from 'node:path';
import { ROOT, rel } from '../paths.ts';

/** How a file is named in messages: relative to the project root when inside it, else as given. */
export function displayPath(file: string): string {
  const relative = path.relative(ROOT, path.resolve(file));
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return inside ? rel(file) : file;
}
