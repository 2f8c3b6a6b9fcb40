/**
 * CLI: `tsx scripts/catalogue-check.ts [FILE...]` checks the catalogue (all of data/catalogue without arguments).
 * Prints every error, a summary of the warnings and the totals; exits 1 when there is any error.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkCatalogue } from './lib/check/index.ts';
import { reportLines } from './lib/check/summary.ts';
import { catalogueFiles } from './lib/read-data.ts';

/** Runs the check on the given files (or all) and returns the exit code; output goes through `print`. */
export function main(argv: string[], today: string, print: (line: string) => void = console.log): number {
  const files = argv.length > 0 ? argv.map((file) => path.resolve(file)) : catalogueFiles();
  // Without arguments the whole data set is checked, the questionnaire included.
  const result = checkCatalogue(argv.length > 0 ? { files, today } : { today });
  for (const line of reportLines(result, files.length)) print(line);
  return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The only place that reads the clock: the checks themselves get `today` injected.
  process.exitCode = main(process.argv.slice(2), new Date().toISOString().slice(0, 10));
}
