import path from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { OfferRecord } from '../../../src/catalogue/types.ts';
import type { SafetyFile } from '../../../src/matching/index.ts';
import { DATA } from '../paths.ts';
import { catalogueFiles } from '../read-data.ts';
import { checkContact } from './contact.ts';
import { checkCovers } from './covers.ts';
import { checkDanger } from './danger.ts';
import { checkDates, isRealDate } from './dates.ts';
import { displayPath, reporterFor } from './display.ts';
import { checkEvents } from './events.ts';
import { checkKnownIds, createDuplicateCheck } from './ids.ts';
import { checkLocations } from './locations.ts';
import { checkOrganizationRef, checkOrganizations } from './organizations.ts';
import { checkPhones } from './phones.ts';
import { checkQuestionnaire } from './questionnaire.ts';
import { readJsonFile } from './read.ts';
import { loadReference } from './reference.ts';
import { checkSafety } from './safety.ts';
import { compileSchema, schemaIssues } from './schema.ts';
import type { CheckedOffer, CheckResult, OfferContext, Problem, Reference } from './types.ts';
import { checkWarnings } from './warnings.ts';

export { formatProblem } from './format.ts';
export type { CheckedOffer, CheckResult, Problem } from './types.ts';

/** The checks that need a well-shaped offer; each reports through the context. */
const OFFER_CHECKS: ((ctx: OfferContext) => void)[] = [
  checkKnownIds,
  checkPhones,
  checkLocations,
  checkDates,
  checkContact,
  checkCovers,
  checkOrganizationRef,
  checkWarnings,
];

interface Run {
  today: string;
  ref: Reference | null;
  validate: ValidateFunction | null;
  organizations: ReadonlySet<string> | null;
  problems: Problem[];
  offers: CheckedOffer[];
  checkDuplicate: ReturnType<typeof createDuplicateCheck>;
}

/** data/safety.json as far as it can be read, for the kinds the danger rules name (its own check reports why not). */
function readSafety(dataDir: string): SafetyFile | undefined {
  const read = readJsonFile(path.join(dataDir, 'safety.json'));
  const value = read.ok ? (read.value as { kinds?: unknown }) : null;
  return value && Array.isArray(value.kinds) ? (value as SafetyFile) : undefined;
}

function loadSchema(dataDir: string, problems: Problem[]): ValidateFunction | null {
  const file = path.join(dataDir, 'schema', 'catalogue.schema.json');
  const result = readJsonFile(file);
  if (result.ok && result.value && typeof result.value === 'object') return compileSchema(result.value);
  const message = result.ok ? 'the schema must be a JSON object' : result.message;
  reporterFor(file, problems)('', message, 'reference');
  return null;
}

/** Offers with a schema finding inside them are not checked further: their fields may have any type. */
function offerIndexesWithIssues(pointers: string[]): Set<number> {
  const indexes = pointers.map((p) => /^\/offers\/(\d+)(\/|$)/.exec(p)?.[1]).filter((i) => i !== undefined);
  return new Set(indexes.map(Number));
}

function checkOffer(run: Run, file: string, raw: unknown, pointer: string, wellShaped: boolean): void {
  const report = reporterFor(file, run.problems);
  const id = (raw as { id?: unknown } | null)?.id;
  if (typeof id === 'string') run.checkDuplicate(id, file, pointer, report);
  if (!wellShaped || !run.validate) return;
  const record = raw as OfferRecord;
  run.offers.push({ file: displayPath(file), pointer, record });
  const { ref, today, organizations } = run;
  if (ref) for (const check of OFFER_CHECKS) check({ record, pointer, ref, today, report, organizations });
}

function checkFile(run: Run, file: string): void {
  const report = reporterFor(file, run.problems);
  const read = readJsonFile(file);
  if (!read.ok) {
    report('', read.message, 'read');
    return;
  }
  const issues = run.validate ? schemaIssues(run.validate, read.value) : [];
  for (const issue of issues) report(issue.pointer, issue.message, issue.rule);
  const offers = (read.value as { offers?: unknown } | null)?.offers;
  if (!Array.isArray(offers)) return;
  const broken = offerIndexesWithIssues(issues.map((i) => i.pointer));
  offers.forEach((raw, i) => {
    checkOffer(run, file, raw, `/offers/${i}`, !broken.has(i));
  });
}

/** Checks catalogue files (and data/organizations.json) against the schemas and the reference data. `today` is injected: checks never read the clock. */
export function checkCatalogue(options: { files?: string[]; today: string; dataDir?: string }): CheckResult {
  const { today, dataDir = DATA } = options;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !isRealDate(today)) {
    throw new Error(`today must be YYYY-MM-DD: ${today}`);
  }
  const problems: Problem[] = [];
  const ref = loadReference(dataDir, problems);
  const validate = loadSchema(dataDir, problems);
  const organizations = checkOrganizations(dataDir, today, problems);
  const checkDuplicate = createDuplicateCheck();
  const run: Run = { today, ref, validate, organizations, problems, offers: [], checkDuplicate };
  for (const file of options.files ?? catalogueFiles(dataDir)) checkFile(run, file);
  // The questionnaire and the danger lines belong to the data set as a whole; a check of named files leaves them out.
  if (!options.files) {
    checkQuestionnaire(dataDir, ref?.taxonomy, problems);
    checkSafety(
      dataDir,
      ref?.taxonomy,
      run.offers.map((o) => o.record),
      problems,
    );
    checkDanger(dataDir, readSafety(dataDir), problems);
    checkEvents(dataDir, problems);
  }
  return { problems, offers: run.offers };
}
