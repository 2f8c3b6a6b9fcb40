import path from 'node:path';
import type { Organization } from '../../../src/catalogue/types.ts';
import { isEmailAddress, linkProblem } from './contact.ts';
import { isAfter, isRealDate } from './dates.ts';
import { reporterFor } from './display.ts';
import { displayMatches, phoneNumberProblem } from './phones.ts';
import { pointerOf } from './pointer.ts';
import { readJsonFile } from './read.ts';
import { compileSchema, schemaIssues } from './schema.ts';
import type { OfferContext, Problem, Report } from './types.ts';

/** Where the organizations live inside a data folder. */
export const organizationsFile = (dataDir: string): string => path.join(dataDir, 'organizations.json');

/** The same contact rules as for offers: canonical phones, https links, well-formed e-mail, real past dates. */
function checkOrganization(org: Organization, at: string, today: string, report: Report): void {
  org.phones.forEach((phone, i) => {
    const problem = phoneNumberProblem(phone.number);
    if (problem) report(pointerOf(at, 'phones', i, 'number'), problem, 'phone');
    else if (!displayMatches(phone.display, phone.number)) {
      const message = `display "${phone.display}" does not match number "${phone.number}"`;
      report(pointerOf(at, 'phones', i, 'display'), message, 'phone');
    }
  });
  const link = org.url ? linkProblem(org.url) : null;
  if (link) report(pointerOf(at, 'url'), link, 'https');
  if (!URL.canParse(org.source.url)) {
    report(pointerOf(at, 'source', 'url'), `invalid URL "${org.source.url}"`, 'https');
  }
  if (org.email !== null && !isEmailAddress(org.email)) {
    report(pointerOf(at, 'email'), `invalid e-mail address "${org.email}"`, 'email');
  }
  const date = org.source.date;
  if (date !== null && !isRealDate(date)) {
    report(pointerOf(at, 'source', 'date'), `"${date}" is not a real calendar date`, 'date');
  } else if (date !== null && isAfter(date, today)) {
    report(pointerOf(at, 'source', 'date'), `date ${date} is after today (${today})`, 'date');
  }
}

/**
 * Checks data/organizations.json (schema, unique ids, contact rules) and returns the known organization ids,
 * or null when the file could not be read or its schema not loaded (offers' references are then not checked).
 */
export function checkOrganizations(dataDir: string, today: string, problems: Problem[]): Set<string> | null {
  const file = organizationsFile(dataDir);
  const report = reporterFor(file, problems);
  const schemaFile = path.join(dataDir, 'schema', 'organizations.schema.json');
  const schema = readJsonFile(schemaFile);
  if (!schema.ok || !schema.value || typeof schema.value !== 'object') {
    reporterFor(schemaFile, problems)(
      '',
      schema.ok ? 'the schema must be a JSON object' : schema.message,
      'reference',
    );
    return null;
  }
  const read = readJsonFile(file);
  if (!read.ok) {
    report('', read.message, 'read');
    return null;
  }
  const issues = schemaIssues(compileSchema(schema.value), read.value);
  for (const issue of issues) report(issue.pointer, issue.message, issue.rule);
  const list = (read.value as { organizations?: unknown } | null)?.organizations;
  if (!Array.isArray(list)) return null;
  const ids = new Set<string>();
  list.forEach((raw, i) => {
    const at = `/organizations/${i}`;
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string') {
      if (ids.has(id)) report(pointerOf(at, 'id'), `duplicate organization id "${id}"`, 'unique-id');
      ids.add(id);
    }
    const broken = issues.some((issue) => issue.pointer === at || issue.pointer.startsWith(`${at}/`));
    if (!broken) checkOrganization(raw as Organization, at, today, report);
  });
  return ids;
}

/** Rule 12: an offer's organization.id names an organization of data/organizations.json. */
export function checkOrganizationRef({ record, pointer, report, organizations }: OfferContext): void {
  const { id } = record.organization;
  if (id === undefined || organizations === null || organizations.has(id)) return;
  const message = `unknown organization "${id}" (not in organizations.json)`;
  report(pointerOf(pointer, 'organization', 'id'), message, 'known-id');
}
