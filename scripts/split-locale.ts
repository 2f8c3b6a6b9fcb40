/**
 * Takes a translator's file (one JSON in the shape of the reference) into the app: checks it against the German
 * reference and writes src/i18n/locales/<code>.json, <code>.legal.json, <code>.handover.json, <code>.visit.json and <code>.region.json. Refuses, listing the problems, when the
 * file is incomplete.   Usage: npm run locale:add -- FILE CODE
 */
import fs from 'node:fs';
import path from 'node:path';
import { findLanguage, LAZY_PARTS } from '../src/i18n/languages.ts';
import { checkLocale } from './lib/locales/check.ts';
import { germanReference, type Tree } from './lib/locales/reference.ts';
import { partFile, splitLocale } from './lib/locales/split.ts';
import { ROOT } from './lib/paths.ts';

function main(): void {
  const [file, code] = process.argv.slice(2);
  if (!file || !code || !findLanguage(code) || code === 'de') {
    console.error(
      'usage: npm run locale:add -- FILE CODE   (CODE: a language of src/i18n/languages.ts, not de)',
    );
    process.exit(2);
  }
  const tree = JSON.parse(fs.readFileSync(file, 'utf8')) as Tree;
  const problems = checkLocale(code, tree, germanReference());
  if (problems.length > 0) {
    console.error(`${file}: ${problems.length} problem(s)\n${problems.join('\n')}`);
    process.exit(1);
  }
  const dir = path.join(ROOT, 'src/i18n/locales');
  const split = splitLocale(tree);
  const files = (['main', ...LAZY_PARTS] as const).map((part) => {
    const name = partFile(code, part);
    fs.writeFileSync(path.join(dir, name), `${JSON.stringify(split[part], null, 2)}\n`);
    return name;
  });
  console.log(`wrote ${files.map((f) => `src/i18n/locales/${f}`).join(', ')}`);
}

main();
