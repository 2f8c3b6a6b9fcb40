/**
 * CLI: `tsx scripts/release-check.ts [FILE]` (the first step of `npm run release`) checks that the operator facts
 * (data/operator.json without an argument) are filled in. Prints `file: /fact: missing (why)` per placeholder and
 * exits 1 when any is missing, so a public body cannot publish an instance without Impressum or privacy contact.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { missingOperatorFacts, type OperatorFact, parseOperator } from '../src/catalogue/index.ts';
import { DATA, rel } from './lib/paths.ts';

/** Which page (and law) needs each fact: what the publisher reads beside a missing one. */
const NEEDED_FOR: Record<OperatorFact, string> = {
  name: 'Impressum (§ 5 DDG) and privacy controller',
  address: 'Impressum (§ 5 DDG): postal address',
  email: 'Impressum (§ 5 DDG): e-mail address',
  phone: 'Impressum (§ 5 DDG): quick direct contact',
  represented_by: 'Impressum (§ 5 DDG): who represents the body',
  responsible_for_content: 'Impressum (§ 18 Abs. 2 MStV): responsible for the content',
  privacy_contact: 'Datenschutz: contact for privacy questions (data protection officer)',
  hosting: 'Datenschutz: who hosts the site',
  log_retention: 'Datenschutz: how long the web server keeps its logs',
  report_email: '"Fehler melden" on every offer: who receives error reports',
  accessibility_contact: 'Barrierefreiheit: feedback contact',
  enforcement_body: 'Barrierefreiheit: enforcement / arbitration body',
  site_url: 'canonical URLs, sitemap.xml and robots.txt: the public address (https://…)',
};

/** Checks one operator file and returns the exit code; output goes through `print`. */
export function main(argv: string[], print: (line: string) => void = console.log): number {
  const file = path.resolve(argv[0] ?? path.join(DATA, 'operator.json'));
  let missing: OperatorFact[];
  try {
    missing = missingOperatorFacts(parseOperator(JSON.parse(fs.readFileSync(file, 'utf8'))));
  } catch (error) {
    print(`${rel(file)}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  for (const fact of missing) print(`${rel(file)}: /${fact}: missing (${NEEDED_FOR[fact]})`);
  if (missing.length === 0) {
    print(`${rel(file)}: every operator fact is filled in`);
    return 0;
  }
  print(
    `release refused: ${missing.length} operator fact(s) are still placeholders (null). Fill them in ` +
      '(README: Going live); `npm start` serves Lotse for trying it out without them.',
  );
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
