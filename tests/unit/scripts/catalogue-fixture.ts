import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { type CheckResult, checkCatalogue, formatProblem } from '../../../scripts/lib/check/index.ts';
import type { OfferRecord, Organization, Taxonomy } from '../../../src/catalogue/types.ts';

/** The project's real data folder: every fixture starts from it. */
export const REAL_DATA = path.resolve(import.meta.dirname, '../../../data');

/** The files the check reads; the rest of data/ (sources, hsds, eval) is not needed. */
const NEEDED = [
  'catalogue',
  'schema',
  'organizations.json',
  'taxonomy.json',
  'regions.json',
  'places.json',
  'synonyms.json',
  'safety.json',
  'danger',
  'questionnaire.json',
  'events.json',
  'sources/seeds',
  'geo/regions.geojson',
];

const made: string[] = [];

/** A fresh temp copy of the data the check needs; removed again by removeCopies(). */
export function copyData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-check-'));
  for (const entry of NEEDED) {
    fs.cpSync(path.join(REAL_DATA, entry), path.join(dir, entry), { recursive: true });
  }
  made.push(dir);
  return dir;
}

/** Deletes all temp copies made so far. */
export function removeCopies(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Path of one catalogue file inside a data copy. */
export const catalogueFile = (dir: string, name: string): string =>
  path.join(dir, 'catalogue', `${name}.json`);

type CatalogueJson = { $schema: string; offers: Record<string, unknown>[] };

/** Changes one offer of a catalogue file in place; the callback gets the raw object so it may break its shape. */
export function editOffer(
  dir: string,
  name: string,
  index: number,
  change: (offer: Record<string, unknown> & OfferRecord) => void,
): void {
  const file = catalogueFile(dir, name);
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as CatalogueJson;
  const offer = json.offers[index];
  if (!offer) throw new Error(`${name}.json has no offer ${index}`);
  change(offer as Record<string, unknown> & OfferRecord);
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

/** The ids of one taxonomy list of the real data, as the "known:" part of messages lists them. */
export function knownIds(key: keyof Taxonomy): string {
  const taxonomy = JSON.parse(fs.readFileSync(path.join(REAL_DATA, 'taxonomy.json'), 'utf8')) as Taxonomy;
  return taxonomy[key].map((t) => t.id).join(', ');
}

/** Path of organizations.json inside a data copy. */
export const organizationsPath = (dir: string): string => path.join(dir, 'organizations.json');

type OrganizationsJson = { $schema: string; organizations: Record<string, unknown>[] };

/** Changes one organization (found by id) in place and returns its index, for the pointer in messages. */
export function editOrganization(
  dir: string,
  id: string,
  change: (org: Record<string, unknown> & Organization) => void,
): number {
  const file = organizationsPath(dir);
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as OrganizationsJson;
  const index = json.organizations.findIndex((o) => o.id === id);
  const org = json.organizations[index];
  if (!org) throw new Error(`organizations.json has no organization "${id}"`);
  change(org as Record<string, unknown> & Organization);
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  return index;
}

/** The day the tests treat as today, so that date rules never depend on the clock. */
export const TODAY = '2026-11-25';
/** The project root, for paths as the checker prints them. */
export const ROOT = path.resolve(REAL_DATA, '..');

/** The error lines of a check result, formatted as the CLI prints them. */
export const errorLines = (result: CheckResult): string[] =>
  result.problems.filter((p) => p.severity === 'error').map(formatProblem);

/** Checks a data copy and asserts that exactly this one error line was reported. */
export function expectOnlyError(dataDir: string, line: string, files?: string[]): CheckResult {
  const result = checkCatalogue({ dataDir, today: TODAY, ...(files ? { files } : {}) });
  const errors = errorLines(result);
  expect(errors).toContain(line);
  expect(errors).toHaveLength(1);
  return result;
}
