import path from 'node:path';
import { ROOT, rel } from '../paths.ts';
import type { Problem, Report } from './types.ts';

/** How a file is named in messages: relative to the project root when inside it, else as given. */
export function displayPath(file: string): string {
  const relative = path.relative(ROOT, path.resolve(file));
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return inside ? rel(file) : file;
}

/** A reporter that appends problems of one file to the list, naming the file as messages show it. */
export function reporterFor(file: string, problems: Problem[]): Report {
  const shown = displayPath(file);
  return (pointer, message, rule, severity = 'error') => {
    problems.push({ severity, file: shown, pointer, message, rule });
  };
}
