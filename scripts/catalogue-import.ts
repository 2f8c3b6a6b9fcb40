/**
 * CLI: `tsx scripts/catalogue-import.ts FILE.xlsx|FILE.csv [--region ID]` reads a coordinators' spreadsheet, validates
 * every row with catalogue:check's rules and writes data/catalogue/<region>.json only when all of it passes.
 * Errors name the spreadsheet row (header = row 1) and column; on any error the data file stays as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DATA, rel } from './lib/paths.ts';
import { importSheet, readSheetFile } from './lib/sheet/index.ts';

/** Runs the import and returns the exit code; `today` is injected, output goes through `print`. */
export async function main(
  argv: string[],
  today: string,
  print: (line: string) => void = console.log,
  dataDir = DATA,
  cwd = process.cwd(),
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { region: { type: 'string' } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    print('usage: npm run catalogue:import -- FILE.xlsx|FILE.csv [--region ID]');
    return 2;
  }
  const name = file.split(/[\\/]/).pop() ?? file;
  const at = path.resolve(cwd, file);
  if (!fs.existsSync(at)) {
    print(`${file}: no such file`);
    return 2;
  }
  const source = await readSheetFile(name, fs.readFileSync(at));
  if ('error' in source) {
    print(`${name}: ${source.error}`);
    print(`${name}: not imported; nothing was changed`);
    return 1;
  }
  const result = importSheet({
    name,
    ...source,
    today,
    dataDir,
    ...(values.region ? { region: values.region } : {}),
  });
  for (const line of result.lines) print(line);
  if (!result.ok || result.target === null || result.text === null) {
    print(`${name}: not imported; nothing was changed`);
    return 1;
  }
  const unchanged = fs.readFileSync(result.target, 'utf8') === result.text;
  if (!unchanged) fs.writeFileSync(result.target, result.text, 'utf8');
  print(`${rel(result.target)}: ${unchanged ? 'unchanged' : 'updated'} (every row passed catalogue:check)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), new Date().toISOString().slice(0, 10));
}
