/**
 * CLI: `tsx scripts/catalogue-report.ts [--json] [--today=YYYY-MM-DD]` prints how reachable and how fresh the
 * catalogue is per region (Markdown table, or JSON with --json).
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Organization } from '../src/catalogue/types.ts';
import { organizationsFile } from './lib/check/organizations.ts';
import { DATA } from './lib/paths.ts';
import { readOfferRecords, readReference } from './lib/read-data.ts';
import { type CoverageReport, coverageReport } from './lib/report/coverage.ts';
import { coverageMarkdown } from './lib/report/markdown.ts';

/** Reads the data folder (missing organizations.json counts as none) and computes the report. */
export function reportFromData(today: string, dataDir = DATA): CoverageReport {
  const offers = readOfferRecords(dataDir);
  const orgFile = organizationsFile(dataDir);
  const organizations = fs.existsSync(orgFile)
    ? (JSON.parse(fs.readFileSync(orgFile, 'utf8')) as { organizations: Organization[] }).organizations
    : [];
  const { regions, taxonomy } = readReference(dataDir);
  return coverageReport(offers, organizations, taxonomy, regions, today);
}

/** Prints the report for the given arguments; returns the exit code. */
export function main(argv: string[], today: string, print: (text: string) => void = console.log): number {
  const day = argv.find((a) => a.startsWith('--today='))?.slice('--today='.length) ?? today;
  const report = reportFromData(day);
  print(argv.includes('--json') ? JSON.stringify(report, null, 2) : coverageMarkdown(report));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The only place that reads the clock.
  process.exitCode = main(process.argv.slice(2), new Date().toISOString().slice(0, 10));
}
