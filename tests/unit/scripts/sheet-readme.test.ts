import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main as exportMain } from '../../../scripts/catalogue-export.ts';
import { main as importMain } from '../../../scripts/catalogue-import.ts';
import { catalogueFile, copyData, ROOT, removeCopies, TODAY } from './catalogue-fixture.ts';

afterEach(removeCopies);

/** The README's section for coordinators, up to the next section of the same level. */
function coordinatorSection(): string {
  const text = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = text.indexOf('### In a spreadsheet (Excel, LibreOffice)');
  const end = text.indexOf('### In the JSON files', start);
  if (start < 0 || end < 0) throw new Error('no coordinator section in README.md');
  return text.slice(start, end);
}

/** Every `npm run catalogue:… -- ARGS` the text names, in order, as [script, args]. */
const commands = (text: string): [string, string[]][] =>
  [...text.matchAll(/`npm run (catalogue:(?:export|import)) -- ([^`]+)`/g)].map((m) => [
    m[1] ?? '',
    (m[2] ?? '').split(' '),
  ]);

describe("the README's coordinator steps work as written", { timeout: 60_000 }, () => {
  it('shows the workbook way first, in three numbered steps', () => {
    const section = coordinatorSection();
    const steps = [...section.matchAll(/^(\d)\. (.*)$/gm)].map((m) => `${m[1]}. ${m[2]}`);
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(
      /^1\. `npm run catalogue:export -- --region coburg-stadt` writes `coburg-stadt\.xlsx`/,
    );
    expect(steps[1]).toMatch(/^2\. Open it \(a double-click is fine\), edit the cells and save it/);
    expect(steps[2]).toMatch(/^3\. `npm run catalogue:import -- coburg-stadt\.xlsx`/);
    expect(commands(section).map(([script, args]) => `${script} ${args.join(' ')}`)).toEqual([
      'catalogue:export --region coburg-stadt',
      'catalogue:import coburg-stadt.xlsx',
      'catalogue:export --region coburg-stadt --out coburg-stadt.csv',
      'catalogue:import coburg-stadt.csv',
    ]);
  });

  it('runs each command of the section in a folder of its own: export writes the file import reads', async () => {
    const dir = copyData();
    const cwd = path.join(dir, 'coordinator');
    fs.mkdirSync(cwd);
    const before = fs.readFileSync(catalogueFile(dir, 'coburg-stadt'), 'utf8');
    const printed: string[] = [];
    const print = (line: string) => printed.push(line);
    for (const [script, args] of commands(coordinatorSection())) {
      const code =
        script === 'catalogue:export'
          ? await exportMain(args, print, dir, cwd)
          : await importMain(args, TODAY, print, dir, cwd);
      expect(code, `${script} ${args.join(' ')}: ${printed.join('\n')}`).toBe(0);
    }
    expect(fs.readdirSync(cwd).sort()).toEqual(['coburg-stadt.csv', 'coburg-stadt.xlsx']);
    const unchanged = printed.filter((l) =>
      l.endsWith('/catalogue/coburg-stadt.json: unchanged (every row passed catalogue:check)'),
    );
    expect(unchanged).toHaveLength(2);
    expect(fs.readFileSync(catalogueFile(dir, 'coburg-stadt'), 'utf8')).toBe(before);
  });
});
