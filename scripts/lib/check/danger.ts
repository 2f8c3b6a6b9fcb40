/**
 * Checks data/danger/: rules.json and one file of word groups per language, each against its schema, then what a
 * schema cannot see: kinds that data/safety.json defines, stems long enough to mean something once folded, and
 * entries that fold to nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fold } from '../../../src/matching/danger/fold.ts';
import type { DangerLexicon, DangerRulesFile } from '../../../src/matching/danger/types.ts';
import { MIN_STEM } from '../../../src/matching/danger/types.ts';
import type { SafetyFile } from '../../../src/matching/index.ts';
import { reporterFor } from './display.ts';
import { pointerOf } from './pointer.ts';
import { readJsonFile } from './read.ts';
import { compileSchema, schemaIssues } from './schema.ts';
import type { Problem, Report } from './types.ts';

const RULES = 'rules.json';
/** Frequent everyday words per language: evidence of a text's language, not danger words. */
export const COMMON = 'common.json';

/** The folder's word-group files (every JSON file but rules.json), sorted. */
export function dangerLexiconFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, 'danger');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== RULES && f !== COMMON)
    .sort()
    .map((f) => path.join(dir, f));
}

function readChecked(file: string, schemaFile: string, report: Report): unknown {
  const read = readJsonFile(file);
  if (!read.ok) {
    report('', read.message, 'read');
    return undefined;
  }
  const schema = readJsonFile(schemaFile);
  if (!schema.ok || typeof schema.value !== 'object' || schema.value === null) {
    report('', `cannot read ${path.basename(schemaFile)}`, 'reference');
    return undefined;
  }
  const issues = schemaIssues(compileSchema(schema.value), read.value);
  for (const issue of issues) report(issue.pointer, issue.message, issue.rule);
  return issues.length > 0 ? undefined : read.value;
}

/**
 * Concepts that name different people: one word in two of them ("im" as I'm and as 'im) makes "I'm afraid" read
 * as fear of him.
 */
const PERSONS = ['me', 'he', 'aggressor', 'other', 'child'];

function checkPersons(lex: DangerLexicon, report: Report): void {
  const owner = new Map<string, string>();
  for (const concept of PERSONS)
    (lex.concepts[concept] ?? []).forEach((entry, i) => {
      const key = fold(entry);
      const first = owner.get(key);
      if (first && first !== concept)
        report(
          pointerOf('/concepts', concept, i),
          `"${entry}" is also in ${first}: one word cannot name two people`,
          'danger',
        );
      else owner.set(key, concept);
    });
}

function checkEntries(lex: DangerLexicon, report: Report): void {
  checkPersons(lex, report);
  for (const [concept, entries] of Object.entries(lex.concepts)) {
    entries.forEach((entry, i) => {
      const at = pointerOf('/concepts', concept, i);
      entry.split(' ').forEach((term, n) => {
        const bare = fold(term.replace(/\*$/, ''));
        // An entry is looked up by its first word; a later word of a sequence only counts after it, so may be shorter.
        const least = n === 0 ? MIN_STEM : MIN_STEM - 1;
        if (bare.replace(/[^\p{L}\p{N}]/gu, '') === '')
          report(at, `"${term}" has no letters or digits once folded`, 'danger');
        else if (term.endsWith('*') && [...bare].length < least)
          report(at, `the stem "${term}" is shorter than ${least} letters once folded ("${bare}")`, 'danger');
      });
    });
  }
}

/** Checks rules.json (kinds known to safety.json) and every language file of data/danger/. */
export function checkDanger(dataDir: string, safety: SafetyFile | undefined, problems: Problem[]): void {
  const schemas = path.join(dataDir, 'schema');
  const rulesFile = path.join(dataDir, 'danger', RULES);
  const report = reporterFor(rulesFile, problems);
  const rules = readChecked(rulesFile, path.join(schemas, 'danger-rules.schema.json'), report) as
    | DangerRulesFile
    | undefined;
  if (rules && safety) {
    const kinds = new Set(safety.kinds.map((k) => k.id));
    for (const level of ['alarm', 'net'] as const)
      rules[level].forEach((r, i) => {
        if (!kinds.has(r.kind))
          report(
            pointerOf(`/${level}`, i, 'kind'),
            `unknown kind "${r.kind}": data/safety.json has no such kind`,
            'danger',
          );
      });
  }
  const commonFile = path.join(dataDir, 'danger', COMMON);
  if (fs.existsSync(commonFile))
    readChecked(
      commonFile,
      path.join(schemas, 'danger-common.schema.json'),
      reporterFor(commonFile, problems),
    );
  for (const file of dangerLexiconFiles(dataDir)) {
    const fileReport = reporterFor(file, problems);
    const lex = readChecked(file, path.join(schemas, 'danger-lexicon.schema.json'), fileReport) as
      | DangerLexicon
      | undefined;
    if (lex) checkEntries(lex, fileReport);
  }
}
